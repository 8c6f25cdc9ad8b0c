"""Scaling benchmark: throughput of 2 workers against 1, on the local pool and on Ray."""
from __future__ import annotations

import time

from rasd.bench.common import load_articles


def _throughput(engine: str, workers: int, items: list[dict], batch_size: int) -> float:
    from rasd.scale.ray_engine import make_executor

    ex = make_executor(engine, workers=workers, config_toml=None)
    try:
        batches = [items[i:i + batch_size] for i in range(0, len(items), batch_size)]
        list(ex.map_batches(batches[:workers]))  # warm every worker's pipeline
        t0 = time.perf_counter()
        n = sum(len(r) for r in ex.map_batches(batches))
        return n / (time.perf_counter() - t0)
    finally:
        ex.close()


def run(data_dir=None, *, limit: int | None = 400, engines: tuple[str, ...] = ("local", "ray"),
        batch_size: int = 20, **_) -> dict:
    items, source = load_articles(data_dir, limit=limit)
    figures: dict = {"source": source, "articles": len(items)}
    for engine in engines:
        try:
            one = _throughput(engine, 1, items, batch_size)
            two = _throughput(engine, 2, items, batch_size)
        except Exception as exc:  # e.g. Ray not installed: report, don't crash the table
            figures[f"{engine}_error"] = f"{type(exc).__name__}: {exc}"
            continue
        figures[f"{engine}_1_worker_articles_per_s"] = round(one, 1)
        figures[f"{engine}_2_workers_articles_per_s"] = round(two, 1)
        figures[f"{engine}_scaling_2v1"] = round(two / one, 2)
    figures["target"] = "scaling_2v1 >= 1.7"
    return figures
