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
            try:
                doc = stage(doc)
            except RasdError as exc:
                raise StageError(exc.message, stage=stage.name, doc_id=doc.meta.id, code=exc.code) from exc
            except Exception as exc:  # a bug in a stage: say where it happened
                raise StageError(f"{type(exc).__name__}: {exc}", stage=stage.name,
                                 doc_id=doc.meta.id) from exc
        return doc

    def pipe(self, items: Iterable, *, as_tuples: bool = False, batch_size: int = 32) -> Iterator:
        """Stream documents. With `as_tuples`, items are (article, context) and so are results.

        When the pipeline's policy is "record", a failed document yields None in
        its place and the failure is appended to `self.failures`; otherwise the
        StageError propagates. `batch_size` bounds how many items are pulled ahead.
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
        for item in batch:
            article, ctx = item if as_tuples else (item, None)
            try:
                doc = self(article)
            except StageError as exc:
                if self.on_error != "record":
                    raise
                self.failures.append(Failure(exc.doc_id, exc.stage, exc.code, exc.message))
                doc = None
            yield (doc, ctx) if as_tuples else doc


def _as_document(item: Article | str | Document) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        item = Article(text=item)
    if not isinstance(item, Article):
        raise TypeError(f"expected Article, str or Document, got {type(item).__name__}")
    return Document.from_article(item)
