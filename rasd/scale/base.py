"""Executor interface and the batch work function shared by every engine.

Workers rebuild the pipeline from its TOML config once (per process or Ray
actor) and then process batches of article dicts; a batch result is a list of
("ok", record) or ("error", failure) tuples in input order, so every engine
produces the same bytes for the same input.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterable, Iterator, Protocol

from rasd.errors import RasdError

_PIPELINE = None
_PIPELINE_CONFIG: str | None = None


class Executor(Protocol):
    def map_batches(self, batches: Iterable[list[dict]]) -> Iterator[list[tuple]]: ...

    def close(self) -> None: ...


GC_THRESHOLDS = (20_000, 50, 1_000)
_gc_depth = 0


@contextmanager
def batch_gc() -> Iterator[None]:
    """Collector settings for the span of a batch.

    Processing an article allocates tens of thousands of containers (tokens, feature lists)
    and leaves no reference cycles, so refcounting frees everything; but with CPython's
    default thresholds a young collection runs every 700 allocations and the older ones
    keep re-scanning the loaded model and its growing word caches: a quarter of the
    pipeline's CPU time on news-dev. Inside the block what existed before is frozen (never
    scanned) and collections are rare; cycles, should any appear, are still collected.
    Both steps are O(1) and undone on exit, so the process is left as it was.
    """
    global _gc_depth
    _gc_depth += 1
    old = gc.get_threshold()
    if _gc_depth == 1:
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        _gc_depth -= 1
        if _gc_depth == 0:
            gc.set_threshold(*old)
            gc.unfreeze()


def init_worker(config_toml: str | None) -> None:
    """Build this worker's pipeline (once)."""
    global _PIPELINE, _PIPELINE_CONFIG
    if _PIPELINE is None or _PIPELINE_CONFIG != config_toml:
        import rasd

        _PIPELINE = rasd.load_pipeline(config_toml)
        _PIPELINE_CONFIG = config_toml


def article_from_dict(item: dict):
    """An Article from one input line, checked as `rasd extract` and `rasd ingest` check a
    line (rasd.io.article_from_obj): missing text E006, empty E001, not Arabic E002, too
    large E004, and a "published"/"date" kept only when it is a date."""
    from rasd.io import article_from_obj

    return article_from_obj(item)


def process_batch(batch: list[dict], config_toml: str | None = None) -> list[tuple]:
    """Process one batch in this worker; per-document failures are returned, not raised.
    The articles go through the pipeline together (`Pipeline.run_many`)."""
    init_worker(config_toml)
    with batch_gc():
        return _process(batch)


def _process(batch: list[dict]) -> list[tuple]:
    from rasd.errors import StageError
    from rasd.model import to_record

    out: list[tuple | None] = [None] * len(batch)
    articles, where = [], []
    for k, item in enumerate(batch):
        try:
            articles.append(article_from_dict(item))
            where.append(k)
        except RasdError as exc:  # one bad document never stops a batch
            out[k] = _failure(_name(item), "input", exc.code, exc.message)
        except Exception as exc:  # noqa: BLE001
            out[k] = _failure(_name(item), "input", "E006", f"{type(exc).__name__}: {exc}")
    for k, doc in zip(where, _PIPELINE.run_many(articles)):
        doc_id = _name(batch[k])
        if isinstance(doc, StageError):
            out[k] = _failure(doc_id, doc.stage, doc.code, doc.message)
            continue
        try:
            out[k] = ("ok", to_record(doc))
        except Exception as exc:  # noqa: BLE001 - a record that cannot be written is this doc's failure
            out[k] = _failure(doc_id, "input", "E006", f"{type(exc).__name__}: {exc}")
    return out


WHERE = "_where"  # where an article with no id is in its shard (rasd.scale.shards), for its failure


def _name(item: dict):
    """The id a failure lists: the article's, else where it is in its shard (rasd.scale.shards)."""
    doc_id = item.get("id")
    return doc_id if doc_id is not None else item.get(WHERE)


def _failure(doc_id, stage: str, code: str, message: str) -> tuple:
    return ("error", {"doc_id": doc_id, "stage": stage, "code": code, "message": message})
