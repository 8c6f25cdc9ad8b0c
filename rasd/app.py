"""The Rasd façade: a pipeline and a store, and what the CLI, API and web page call.

    rasd = Rasd(open_store("rasd.db"))
    report = rasd.ingest([Article(text=...)])
    rows, cursor = rasd.events(EventQuery(type="ASSAULT"))

Logic lives in the store and the stages; this class only wires them together.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rasd.errors import ConfigError, InputError, RasdError, ValidationError  # noqa: F401
from rasd.model import Article, iter_spans, sha256_text, to_record
from rasd.store import EventQuery, SQLStore
from rasd.store.clustering import assign_clusters


@dataclass
class IngestReport:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0                     # items already processed by an earlier run
    skipped_failed: int = 0              # of those, items that failed then (not retried)
    failures: list[dict] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)

    def skip(self, status: str) -> str:
        """Count an item an earlier run left with `status`; the progress line's word."""
        self.skipped += 1
        if status.startswith("failed"):
            self.skipped_failed += 1
            return "skipped (failed before)"
        return "skipped"

    def to_dict(self) -> dict:
        return {"added": self.added, "duplicates": self.duplicates, "failed": self.failed,
                "skipped": self.skipped,
                "skipped_failed": self.skipped_failed, "failures": self.failures, "doc_ids": self.doc_ids}


def check_record(record: dict, text: str) -> None:
    """Raise ValidationError unless every span's text is `text[start:end]`."""
    if record["doc"].get("sha256") and record["doc"]["sha256"] != sha256_text(text):
        raise ValidationError("record sha256 does not match the article text", code="E011")
    for path, span in iter_spans(record):
        if text[span["start"]:span["end"]] != span["text"]:
            raise ValidationError(f"{path}: span text {span['text']!r} is not "
                                  f"text[{span['start']}:{span['end']}]", code="E011")


class Rasd:
    """A store plus (lazily) a pipeline."""

    def __init__(self, store: SQLStore, pipeline: Any = None, *,
                 pipeline_factory: Callable[[], Any] | None = None,
                 max_bytes: int | None = None) -> None:
        from rasd.io import DEFAULT_MAX_BYTES

        self.store = store
        self.max_bytes = max_bytes or DEFAULT_MAX_BYTES  # largest article accepted (UTF-8 bytes)
        self._pipeline = pipeline
        self._factory = pipeline_factory

    @property
    def pipeline(self):
        if self._pipeline is None:
            if self._factory is None:
                from rasd import load_pipeline
                self._factory = load_pipeline
            try:
                self._pipeline = self._factory()
            except (OSError, ImportError) as exc:  # a model or resource not built yet
                raise ConfigError(f"the pipeline cannot be built: {exc}; "
                                  "run `rasd data build` or pass a smaller --config") from exc
        return self._pipeline

    # -- writes --------------------------------------------------------------------------
    def ingest_one(self, article: Article, *, item: str | None = None,
                   max_bytes: int | None = None) -> tuple[str, bool]:
        """Check, process and store one article; returns (doc_id, created). Raises RasdError."""
        from rasd.io import check_article_text  # outer layer helper: empty / non-Arabic / size

        check_article_text(article.text, max_bytes=max_bytes or self.max_bytes)
        sha = sha256_text(article.text)
        if self.store.has_text(sha):  # skip the pipeline for a text we already hold
            record = {"doc": {"id": article.id or sha[:16], "sha256": sha}, "events": []}
            return self.store.save(record, article.text, item=item)
        record = to_record(self.pipeline(article))
        return self._save(record, article.text, item)

    def ingest_record(self, record: dict, text: str, *, item: str | None = None) -> tuple[str, bool]:
        """Store a pre-built rasd/1 record (validated against its text)."""
        if record.get("schema") != "rasd/1" or "doc" not in record:
            raise ValidationError("not a rasd/1 record (schema must be 'rasd/1' with a 'doc')")
        record = dict(record, doc=dict(record["doc"]))
        record["doc"].setdefault("sha256", sha256_text(text))
        record["doc"].setdefault("id", record["doc"]["sha256"][:16])
        check_record(record, text)
        return self._save(record, text, item)

    def ingest(self, articles: Iterable[Article | tuple[Article, str]], *,
               on_progress: Callable[[str], None] | None = None) -> IngestReport:
        """Ingest articles (or (article, item-key) pairs); failures are recorded, not raised."""
        report = IngestReport()
        for entry in articles:
            article, item = entry if isinstance(entry, tuple) else (entry, None)
            status = self.ingest_item(item, lambda a=article: a, report, label=article.id)
            if on_progress:
                on_progress(f"{status}: {item or article.id or ''}")
        return report

    def ingest_item(self, item: str | None, load: Callable[[], Article], report: IngestReport, *,
                    label: str | None = None, max_bytes: int | None = None) -> str:
        """Ingest one work item unless already processed; returns what happened.

        `load` produces the article (it may fetch a page, and fail with a RasdError);
        it is not called for an item a previous run finished.
        """
        if item and (done := self.store.processed_status(item)):
            return report.skip(done)
        try:
            doc_id, created = self.ingest_one(load(), item=item, max_bytes=max_bytes)
        except RasdError as exc:
            self.fail(report, item=item or label, exc=exc)
            return f"failed {exc.code}"
        report.doc_ids.append(doc_id)
        if created:
            report.added += 1
            return "added"
        report.duplicates += 1
        return "duplicate"

    def fail(self, report: IngestReport, *, item: str | None, exc: RasdError) -> None:
        """Record a failure in the store and the report."""
        stage = getattr(exc, "stage", None)
        self.store.record_failure(code=exc.code, message=exc.message, item=item,
                                  doc_id=getattr(exc, "doc_id", None), stage=stage)
        report.failed += 1
        report.failures.append({"item": item, "code": exc.code, "message": exc.message})

    def _save(self, record: dict, text: str, item: str | None) -> tuple[str, bool]:
        # a text already stored returns before `assign` runs: a duplicate clusters nothing
        return self.store.save(record, text, item=item, assign=assign_clusters)

    # -- reads ---------------------------------------------------------------------------
    def events(self, query: EventQuery, *, records: bool = True) -> tuple[list[dict], str | None]:
        return self.store.events(query, records=records)

    def event(self, event_id: str) -> dict:
        return self.store.event(event_id)

    def cluster(self, cluster_id: str) -> list[dict]:
        return self.store.cluster(cluster_id)

    def document(self, doc_id: str) -> dict:
        return self.store.document(doc_id)

    def places(self) -> list[dict]:
        return self.store.places()

    def stats(self, query: EventQuery | None = None) -> dict:
        return self.store.stats(query)

    def close(self) -> None:
        self.store.close()


__all__ = ["IngestReport", "InputError", "Rasd", "check_record"]
