"""Pipeline: builds stages from a config, checks requires/assigns, runs documents."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from rasd.errors import ConfigError, RasdError, StageError
from rasd.model.document import Article, Document
from rasd.pipeline.config import PipelineConfig
from rasd.pipeline.registry import get_factory

_GIVEN = ("text", "meta")


@dataclass(frozen=True)
class Failure:
    """A per-document failure recorded in batch mode."""

    doc_id: str | None
    stage: str
    code: str
    message: str


def check_order(stages: list) -> None:
    """Raise ConfigError when a stage requires a field no earlier stage assigns."""
    available = set(_GIVEN)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise ConfigError(f"stage {stage.name!r} requires {', '.join(missing)}, "
                              f"which no earlier stage assigns")
        available.update(stage.assigns)


class Pipeline:
    """An ordered list of stages. Call it on an Article (or text) to get a Document."""

    def __init__(self, stages: list, *, on_error: str = "raise", config: PipelineConfig | None = None):
        check_order(stages)
        self.stages = stages
        self.on_error = on_error
        self.config = config
        self.failures: list[Failure] = []

    @classmethod
    def from_config(cls, config: PipelineConfig, resources: Any = None) -> "Pipeline":
        stages = [get_factory(name)(config.options.get(name, {}), resources) for name in config.stages]
        return cls(stages, on_error=config.on_error, config=config)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, item: Article | str | Document) -> Document:
        doc = _as_document(item)
        for stage in self.stages:
            doc = _run_stage(stage, doc)
        return doc

    def run_many(self, items: list) -> list[Document | StageError]:
        """Process a batch stage by stage: each document's result, or its StageError, in
        input order. A stage with a `pipe(docs)` method gets the batch's documents in one
        call (the NER stage tags them together, which is several times cheaper than one
        by one) and must return what calling it on each would; when that call fails, the
        stage runs again per document, so only the document at fault fails."""
        docs: list[Document | StageError] = [_as_document(it) for it in items]
        for stage in self.stages:
            live = [i for i, d in enumerate(docs) if isinstance(d, Document)]
            batch = getattr(stage, "pipe", None)
            if batch is not None and len(live) > 1:
                try:
                    for i, d in zip(live, batch([docs[i] for i in live])):
                        docs[i] = d
                    continue
                except Exception:  # noqa: BLE001 - found again, per document, just below
                    pass
            for i in live:
                try:
                    docs[i] = _run_stage(stage, docs[i])
                except StageError as exc:
                    docs[i] = exc
        return docs

    def pipe(self, items: Iterable, *, as_tuples: bool = False, batch_size: int = 32) -> Iterator:
        """Stream documents. With `as_tuples`, items are (article, context) and so are results.

        When the pipeline's policy is "record", a failed document yields None in
        its place and the failure is appended to `self.failures`; otherwise the
        StageError propagates. Items are processed `batch_size` at a time (`run_many`).
        """
        buf: list = []
        for item in items:
            buf.append(item)
            if len(buf) >= batch_size:
                yield from self._run_batch(buf, as_tuples)
                buf = []
        if buf:
            yield from self._run_batch(buf, as_tuples)

    def _run_batch(self, batch: list, as_tuples: bool) -> Iterator:
        articles = [item[0] for item in batch] if as_tuples else batch
        for item, doc in zip(batch, self.run_many(articles)):
            if isinstance(doc, StageError):
                if self.on_error != "record":
                    raise doc
                self.failures.append(Failure(doc.doc_id, doc.stage, doc.code, doc.message))
                doc = None
            yield (doc, item[1]) if as_tuples else doc


def _run_stage(stage, doc: Document) -> Document:
    """One stage on one document; any failure comes out as a StageError saying where."""
    try:
        return stage(doc)
    except RasdError as exc:
        raise StageError(exc.message, stage=stage.name, doc_id=doc.meta.id, code=exc.code) from exc
    except Exception as exc:  # a bug in a stage: say where it happened
        raise StageError(f"{type(exc).__name__}: {exc}", stage=stage.name,
                         doc_id=doc.meta.id) from exc


def _as_document(item: Article | str | Document) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        item = Article(text=item)
    if not isinstance(item, Article):
        raise TypeError(f"expected Article, str or Document, got {type(item).__name__}")
    return Document.from_article(item)
