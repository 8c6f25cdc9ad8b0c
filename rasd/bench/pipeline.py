"""Whole-pipeline benchmark: per-stage and total articles/s on one core, RSS, cold start."""
from __future__ import annotations

import subprocess
import sys
import time

from rasd.bench.common import dir_size_mb, load_articles, peak_rss_mb

_COLD = ("import time; t0 = time.perf_counter(); import rasd; "
         "rasd.process('قتل ثلاثة مدنيين في قصف على حلب الأحد', published='2024-02-12'); "
         "print(time.perf_counter() - t0)")


def cold_start_s() -> float:
    """Seconds from a fresh interpreter's `import rasd` to its first record."""
    out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, check=True)
    return round(float(out.stdout.strip().splitlines()[-1]), 3)


def run(data_dir=None, *, limit: int | None = None, **_) -> dict:
    import rasd
    from rasd.model import Article, Document

    items, source = load_articles(data_dir, limit=limit)
    t0 = time.perf_counter()
    nlp = rasd.load_pipeline()
    load_s = time.perf_counter() - t0
    per_stage = {s.name: 0.0 for s in nlp.stages}
    total = 0.0
    chars = 0
    for it in items:
        doc = Document.from_article(Article(text=it["text"], id=str(it.get("id")),
                                            published=it.get("date") or it.get("published")))
        chars += len(doc.text)
        for stage in nlp.stages:
            s0 = time.perf_counter()
            doc = stage(doc)
            dt = time.perf_counter() - s0
            per_stage[stage.name] += dt
            total += dt
    n = len(items)
    figures = {"source": source, "articles": n, "avg_chars": round(chars / max(n, 1)),
               "pipeline_load_s": round(load_s, 3),
               "articles_per_s": round(n / total, 1) if total else None}
    for name, dt in per_stage.items():
        figures[f"{name}_articles_per_s"] = round(n / dt, 1) if dt else None
    figures["peak_rss_mb"] = peak_rss_mb()
    figures["cold_start_s"] = cold_start_s()
    figures["venv_mb"] = dir_size_mb(sys.prefix)
    figures["targets"] = "articles_per_s >= 50, peak_rss_mb <= 1024, cold_start_s <= 3"
    return figures
