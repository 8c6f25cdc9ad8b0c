"""Scaling benchmark: throughput of 2 workers against 1, on the local pool and on Ray.

Each engine runs with 1 and with 2 workers, alternately, `repeats` times (default 3) on all
600 news-dev articles in batches of 30 (20 batches: 10 per worker); each worker count's rate is
its best run. Two figures per engine:
- `scaling_2v1`: articles/s by the clock, 2 workers over 1. On a machine whose cores are
  busy with other work, two workers never get two cores and this ratio says more about
  the machine's load than about the engine (the load average is reported with it).
- `cpu_scaling_2v1`: the same ratio from CPU time, which other processes do not inflate:
  every process of the run (this one, its pool or Ray workers and Ray's own daemons) is
  charged, and the run on an idle machine could take no less than max(the busiest worker's
  CPU seconds, all CPU seconds / cores). It is the engine's ratio on an idle machine with
  that many cores, overheads (scheduling, serialisation, daemons) included.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from rasd.bench.common import load_articles


def _proc_cpu() -> dict[int, float]:
    """CPU seconds of this process and all its descendants, by pid (Linux /proc; {} elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        pid = int(entry.name)
        parent[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
    me = os.getpid()
    mine = {me}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parent.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    return {pid: cpu[pid] for pid in mine if pid in cpu}


def _loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def _throughput(engine: str, workers: int, items: list[dict], batch_size: int) -> dict:
    from rasd.scale.ray_engine import make_executor

    # Every run starts fresh workers: an in-process worker would keep its word caches warm
    # from the previous repeat and flatter the 1-worker rate.
    ex = make_executor(engine, workers=workers, config_toml=None, in_process=False)
    try:
        batches = [items[i:i + batch_size] for i in range(0, len(items), batch_size)]
        list(ex.map_batches(batches[:workers]))  # warm every worker's pipeline
        before, own0 = _proc_cpu(), time.process_time()
        t0 = time.perf_counter()
        n = sum(len(r) for r in ex.map_batches(batches))
        wall = time.perf_counter() - t0
        after, own1 = _proc_cpu(), time.process_time()
    finally:
        ex.close()
    used = {pid: after[pid] - before.get(pid, 0.0) for pid in after}
    used[os.getpid()] = own1 - own0  # finer than /proc's ticks for this process
    total = sum(used.values())
    busiest = sorted(used.values(), reverse=True)[:workers]
    cores = os.cpu_count() or 1
    idle_wall = max(max(busiest, default=0.0), total / cores) if total else None
    return {"articles_per_s": n / wall, "cpu_articles_per_s": n / idle_wall if idle_wall else None,
            "cpu_s": total}


def run(data_dir=None, *, limit: int | None = 600, engines: tuple[str, ...] = ("local", "ray"),
        batch_size: int = 30, repeats: int = 3, **_) -> dict:
    """Each engine with 1 and 2 workers, alternately, `repeats` times; a worker count's rate
    is its best run (the one other processes disturbed least, as `bench pipeline` does),
    and every run's rate is listed."""
    items, source = load_articles(data_dir, limit=limit)
    figures: dict = {"source": source, "articles": len(items), "cores": os.cpu_count(),
                     "repeats": repeats, "loadavg_before": _loadavg()}
    for engine in engines:
        try:
            runs = {1: [], 2: []}
            for _ in range(max(1, repeats)):
                for workers in (1, 2):
                    runs[workers].append(_throughput(engine, workers, items, batch_size))
        except Exception as exc:  # e.g. Ray not installed: report, don't crash the table
            figures[f"{engine}_error"] = f"{type(exc).__name__}: {exc}"
            continue
        one = max(runs[1], key=lambda r: r["articles_per_s"])
        two = max(runs[2], key=lambda r: r["articles_per_s"])
        figures[f"{engine}_1_worker_articles_per_s"] = round(one["articles_per_s"], 1)
        figures[f"{engine}_2_workers_articles_per_s"] = round(two["articles_per_s"], 1)
        figures[f"{engine}_scaling_2v1"] = round(two["articles_per_s"] / one["articles_per_s"], 2)
        figures[f"{engine}_each_run_1_vs_2_workers"] = " ".join(
            f"{a['articles_per_s']:.1f}/{b['articles_per_s']:.1f}" for a, b in zip(runs[1], runs[2]))
        if one["cpu_articles_per_s"] and two["cpu_articles_per_s"]:
            figures[f"{engine}_cpu_scaling_2v1"] = round(
                two["cpu_articles_per_s"] / one["cpu_articles_per_s"], 2)
            figures[f"{engine}_cpu_ms_per_article_1_worker"] = round(1000 * one["cpu_s"] / len(items), 1)
            figures[f"{engine}_cpu_ms_per_article_2_workers"] = round(1000 * two["cpu_s"] / len(items), 1)
    figures["loadavg_after"] = _loadavg()
    figures["target"] = "scaling_2v1 >= 1.7"
    return figures
