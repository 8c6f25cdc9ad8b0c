"""rasd — who did what to whom, where, when, how many, and who says so, from Arabic news.

Public API::

    import rasd
    record = rasd.process("قتل ثلاثة مدنيين ...", published="2024-02-12")
    nlp = rasd.load_pipeline()
    for doc in nlp.pipe(articles): ...
"""
from __future__ import annotations

from rasd.model import Article, Document, Event, from_record, to_record
from rasd.pipeline import Pipeline, PipelineConfig, default_config

__version__ = "0.1.0"

_DEFAULT: Pipeline | None = None


def load_pipeline(config: PipelineConfig | str | None = None, *, resources=None) -> Pipeline:
    """Build a pipeline from a config (a PipelineConfig, TOML text, or None for the default)."""
    from rasd.resources import Resources  # reads built resources from $RASD_HOME

    if config is None:
        config = default_config()
    elif isinstance(config, str):
        config = PipelineConfig.from_toml(config)
    return Pipeline.from_config(config, resources if resources is not None else Resources())


def process(text: str, *, published: str | None = None, doc_id: str | None = None, **meta) -> dict:
    """Run the default pipeline on one article and return its rasd/1 record.

    `published` is a date `YYYY-MM-DD` (the anchor of relative dates); anything else is an
    InputError E006, not a doc.published the rasd/1 schema refuses."""
    global _DEFAULT
    if published is not None:
        _check_published(published)
    if _DEFAULT is None:
        _DEFAULT = load_pipeline()
    article = Article(text=text, id=doc_id, published=published, title=meta.get("title"),
                      outlet=meta.get("outlet"), url=meta.get("url"))
    return to_record(_DEFAULT(article))


def _check_published(value) -> None:
    from rasd.errors import InputError
    from rasd.io import is_day

    if not is_day(value):
        raise InputError(f"published must be a date YYYY-MM-DD, not {value!r}", code="E006")


__all__ = ["Article", "Document", "Event", "Pipeline", "PipelineConfig", "__version__",
           "default_config", "from_record", "load_pipeline", "process", "to_record"]
