"""Shared helpers for benchmarks: article sources, peak RSS, timing."""
from __future__ import annotations

import json
import resource
import sys
from importlib import resources as importlib_resources
from pathlib import Path


def load_articles(data_dir: Path | str | None = None, *, limit: int | None = None) -> tuple[list[dict], str]:
    """news-dev articles when a data directory has them, else rasd's bundled sample."""
    from rasd.resources import default_data_dir

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    if data_dir and (data_dir / "news-dev" / "articles.jsonl").exists():
        path = data_dir / "news-dev" / "articles.jsonl"
        lines = path.read_text("utf-8").splitlines()
        source = "news-dev"
    else:
        lines = importlib_resources.files("rasd.samples").joinpath("articles.jsonl").read_text("utf-8").splitlines()
        source = "bundled sample"
    items = [json.loads(line) for line in lines if line.strip()]
    return (items[:limit] if limit else items), source


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024, 1)


def dir_size_mb(path: Path) -> float:
    total = 0
    for p in Path(path).rglob("*"):
        try:
            if p.is_file() and not p.is_symlink():
                total += p.stat().st_size
        except OSError:
            continue
    return round(total / 1e6, 1)
