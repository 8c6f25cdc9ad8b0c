"""Whole-pipeline benchmark: per-stage and total articles/s on one core, RSS, cold start.

Rates are CPU time (time.process_time), not the clock: on a shared machine the clock
counts the time other processes held the core. Each repeat runs in a fresh interpreter,
so no repeat profits from the caches an earlier one filled; the figures come from the
repeat with the least CPU time (the one other processes disturbed least: contention
inflates even CPU time a little, through caches), and every repeat's rate is listed.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

from rasd.bench.common import dir_size_mb, load_articles, peak_rss_mb

BATCH = 32  # articles per batch, as `rasd extract` feeds the pipeline
_COLD = ("import time; t0 = time.perf_counter(); import rasd; "
         "rasd.process('قتل ثلاثة مدنيين في قصف على حلب الأحد', published='2024-02-12'); "
         "print(time.perf_counter() - t0)")
_REPEAT = ("import json, sys; from rasd.bench.pipeline import measure; "
           "print(json.dumps(measure(sys.argv[1] or None, limit=int(sys.argv[2]) or None)))")


def cold_start_s() -> float:
    """Seconds from a fresh interpreter's `import rasd` to its first record."""
    return cold_start()[0]


def cold_start() -> tuple[float, float]:
    """(clock seconds, CPU seconds) from a fresh interpreter's start to its first record.
    The clock figure counts from `import rasd`; the CPU figure is the whole child's
    (interpreter start-up included), which a loaded machine inflates far less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return round(float(out.stdout.strip().splitlines()[-1]), 3), round(cpu, 3)


def measure(data_dir=None, *, limit: int | None = None) -> dict:
    """One pass over the articles in this process: CPU seconds per stage and in all."""
    import rasd
    from rasd.model import Article, Document
    from rasd.scale.base import batch_gc

    items, source = load_articles(data_dir, limit=limit)
    t0 = time.process_time()
    nlp = rasd.load_pipeline()
    load_s = time.process_time() - t0
    per_stage = {s.name: 0.0 for s in nlp.stages}
    chars = 0
    clock = time.process_time
    # batches as `rasd process` / `rasd extract` run them (Pipeline.run_many): a stage with
    # a `pipe` method gets the whole batch at once
    for k in range(0, len(items), BATCH):
        docs = [Document.from_article(Article(text=it["text"], id=str(it.get("id")),
                                              published=it.get("date") or it.get("published")))
                for it in items[k:k + BATCH]]
        chars += sum(len(d.text) for d in docs)
        with batch_gc():  # as `rasd process` / `rasd extract` run each batch
            for stage in nlp.stages:
                s0 = clock()
                batch = getattr(stage, "pipe", None)
                docs = batch(docs) if batch is not None else [stage(d) for d in docs]
                per_stage[stage.name] += clock() - s0
    return {"source": source, "articles": len(items), "chars": chars, "load_cpu_s": load_s,
            "stage_cpu_s": per_stage, "total_cpu_s": sum(per_stage.values()),
            "peak_rss_mb": peak_rss_mb(), "loadavg": _loadavg()}


def _loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def _repeat(data_dir, limit: int | None) -> dict:
    out = subprocess.run([sys.executable, "-c", _REPEAT, str(data_dir or ""), str(limit or 0)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(data_dir=None, *, limit: int | None = None, repeats: int = 3, **_) -> dict:
    runs = [_repeat(data_dir, limit) for _ in range(max(1, int(repeats)))]
    best = min(runs, key=lambda r: r["total_cpu_s"])
    n = best["articles"]
    figures = {"source": best["source"], "articles": n, "avg_chars": round(best["chars"] / max(n, 1)),
               "clock": "CPU time (process_time), best of the repeats, each in a fresh interpreter",
               "repeats": len(runs),
               "pipeline_load_s": round(best["load_cpu_s"], 3),
               "articles_per_s": round(n / best["total_cpu_s"], 1) if best["total_cpu_s"] else None,
               "articles_per_s_each_repeat": " ".join(
                   f"{n / r['total_cpu_s']:.1f}" for r in runs if r["total_cpu_s"]),
               "loadavg_during_repeats": " ".join(str(r["loadavg"]) for r in runs)}
    for name, dt in best["stage_cpu_s"].items():
        figures[f"{name}_articles_per_s"] = round(n / dt, 1) if dt else None
    figures["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    figures["cold_start_s"], figures["cold_start_cpu_s"] = cold_start()
    figures["venv_mb"] = dir_size_mb(sys.prefix)
    figures["targets"] = "articles_per_s >= 50, peak_rss_mb <= 1024, cold_start_s <= 3"
    return figures
