"""Executor interface and the batch work function shared by every engine.

Workers rebuild the pipeline from its TOML config once (per process or Ray
actor) and then process batches of article dicts; a batch result is a list of
("ok", record) or ("error", failure) tuples in input order, so every engine
produces the same bytes for the same input.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Protocol

_PIPELINE = None
_PIPELINE_CONFIG: str | None = None


class Executor(Protocol):
    def map_batches(self, batches: Iterable[list[dict]]) -> Iterator[list[tuple]]: ...

    def close(self) -> None: ...


def init_worker(config_toml: str | None) -> None:
    """Build this worker's pipeline (once)."""
    global _PIPELINE, _PIPELINE_CONFIG
    if _PIPELINE is None or _PIPELINE_CONFIG != config_toml:
        import rasd

        _PIPELINE = rasd.load_pipeline(config_toml)
        _PIPELINE_CONFIG = config_toml


def article_from_dict(item: dict):
    from rasd.model import Article

    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text'")
    return Article(text=text, id=str(item["id"]) if item.get("id") is not None else None,
                   published=item.get("published") or item.get("date"), title=item.get("title"),
                   outlet=item.get("outlet"), url=item.get("url"))


def process_batch(batch: list[dict], config_toml: str | None = None) -> list[tuple]:
    """Process one batch in this worker; per-document failures are returned, not raised."""
    from rasd.errors import RasdError
    from rasd.model import to_record

    init_worker(config_toml)
    out = []
    for item in batch:
        doc_id = item.get("id")
        try:
            article = article_from_dict(item)
            out.append(("ok", to_record(_PIPELINE(article))))
        except RasdError as exc:
            stage = getattr(exc, "stage", "input")
            out.append(("error", {"doc_id": doc_id, "stage": stage, "code": exc.code,
                                  "message": exc.message}))
        except Exception as exc:  # one bad document never stops a batch
            out.append(("error", {"doc_id": doc_id, "stage": "input", "code": "E006",
                                  "message": f"{type(exc).__name__}: {exc}"}))
    return out
