"""NER-stage benchmark: tokens per second on one core and peak RSS.

Runs the text stage on news-dev articles (or the bundled sample), untimed, then times the
NER stage alone (CRF tagging, mention trimming, grouping, actor codes) one document at a
time.  ``tokens_per_s`` is tokens per CPU-second of this (single-threaded) process, i.e. on
one core, so it does not depend on other load on the machine; ``tokens_per_s_wall`` is the
wall-clock figure.  RSS figures are the process's peak before and after loading the model
and resources, and at the end.
"""
from __future__ import annotations

import time
from pathlib import Path

from rasd.bench.common import load_articles, peak_rss_mb


def run(data_dir: Path | str | None = None, limit: int | None = None, repeat: int = 1, **_: object) -> dict:
    from rasd.model.document import Article, Document
    from rasd.stages.ner import make_ner
    from rasd.stages.text import make_text

    items, source = load_articles(data_dir, limit=limit)
    text = make_text({}, None)
    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    ner = make_ner({}, None)
    load_s = time.perf_counter() - t0
    rss_model = peak_rss_mb()
    gaz = bool(ner.model.features.gaz)
    n_tok = 0
    n_ent = 0
    secs = 0.0
    cpu = 0.0
    for _ in range(max(1, repeat)):
        for it in items:  # one document at a time: text stage untimed, NER stage timed
            d = text(Document.from_article(Article(text=it.get("text") or "", id=it.get("id"))))
            t0 = time.perf_counter()
            c0 = time.process_time()
            ner(d)
            cpu += time.process_time() - c0
            secs += time.perf_counter() - t0
            n_tok += len(d.tokens)
            n_ent += len(d.entities)
    return {
        "source": source,
        "documents": len(items) * max(1, repeat),
        "tokens": n_tok,
        "entities": n_ent,
        "tokens_per_s": round(n_tok / cpu) if cpu else 0,
        "tokens_per_s_wall": round(n_tok / secs) if secs else 0,
        "cpu_seconds": round(cpu, 2),
        "wall_seconds": round(secs, 2),
        "model_load_s": round(load_s, 2),
        "gazetteer_loaded": gaz,
        "rss_before_model_mb": rss0,
        "rss_after_model_load_mb": rss_model,
        "peak_rss_mb": peak_rss_mb(),
    }
