"""Events-stage figures.

- throughput: articles/s of the events stage alone, on news-dev (or the bundled sample), after
  the upstream stages have run once outside the timer (an upstream stage that cannot be built
  here is left out and named under `upstream_missing`);
- clustering: events/s of `cluster_events` over the extracted records copied 52 times a week
  apart (a year of the same news flow), and the clusters it makes;
- isolated quality on gold-dev when the data directory has it: the gold record's entities,
  places, times, quantities and quotes (events removed) + the text stage + the events stage,
  scored with rasd.eval's event scorer (type, place ≤ 25 km, date ±1 day).
"""
from __future__ import annotations

import time
from pathlib import Path

from rasd.bench.common import load_articles

UPSTREAM = ("text", "ner", "places", "times", "quantities", "quotes")


def _upstream_stages(resources) -> tuple[list, list[str]]:
    from rasd.pipeline.registry import get_factory

    stages, missing = [], []
    for name in UPSTREAM:
        try:
            stages.append(get_factory(name)({}, resources))
        except Exception:  # a stage that cannot load here: measure without it
            missing.append(name)
    return stages, missing


def run(data_dir: Path | str | None = None, *, limit: int = 100, repeat: int = 3, **_: object) -> dict:
    from rasd.model.document import Article, Document
    from rasd.resources import Resources
    from rasd.stages.events import EventsStage

    items, source = load_articles(data_dir, limit=limit)
    try:
        resources = Resources()
    except Exception:
        resources = None
    upstream, missing = _upstream_stages(resources)
    docs = []
    for it in items:
        doc = Document.from_article(Article(text=it["text"], id=it.get("id"), published=it.get("date")))
        for stage in upstream:
            try:
                doc = stage(doc)
            except Exception:  # a failing upstream stage leaves its fields empty
                continue
        docs.append(doc)
    stage = EventsStage()
    n_events = 0
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            n_events += len(stage(doc).events)
    secs = time.perf_counter() - t0
    n = len(docs) * repeat
    out = {"source": source, "articles": len(docs), "upstream_missing": ",".join(missing) or "none",
           "events_per_article": round(n_events / max(n, 1), 2),
           "articles_per_s": round(n / secs, 1) if secs else None,
           "ms_per_article": round(1000 * secs / max(n, 1), 2)}
    out.update(cluster_speed(docs))
    out.update(isolated_gold_dev(data_dir))
    return out


def cluster_speed(docs: list, weeks: int = 52) -> dict:
    """Cross-article clustering over `weeks` copies of the records, each a week later."""
    import datetime as dt

    from rasd.model.serialize import to_record
    from rasd.stages.cluster import cluster_events

    def shifted(rec: dict, week: int) -> dict:
        events = []
        for ev in rec.get("events", []):
            day = ev.get("date")
            if isinstance(day, str) and len(day) >= 10:
                day = (dt.date.fromisoformat(day[:10]) + dt.timedelta(weeks=week)).isoformat()
            events.append(dict(ev, date=day))
        return dict(rec, doc=dict(rec["doc"], id=f'{rec["doc"]["id"]}#{week}'), events=events)

    base = [to_record(doc) for doc in docs]
    records = [shifted(rec, week) for week in range(weeks) for rec in base]
    n = sum(len(r["events"]) for r in records)
    t0 = time.perf_counter()
    clusters = cluster_events(records)
    secs = time.perf_counter() - t0
    return {"cluster_events": n, "clusters": len(clusters),
            "cluster_events_per_s": round(n / secs) if secs else None}


def isolated_gold_dev(data_dir: Path | str | None = None) -> dict:
    """Event P/R/F1, count and source accuracy on gold-dev with gold upstream fields."""
    import copy
    import json

    from rasd.eval.events import figures_events, score_events
    from rasd.eval.metrics import Tally
    from rasd.model.serialize import from_record, to_record
    from rasd.resources import default_data_dir
    from rasd.stages.events import EventsStage
    from rasd.stages.text import TextStage

    base = Path(data_dir) if data_dir else default_data_dir()
    folder = base / "gold-dev" if base else None
    if folder is None or not (folder / "articles.jsonl").exists():
        return {}
    texts = {}
    for line in (folder / "articles.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            texts[item["id"]] = item["text"]
    total, stage, text_stage = Tally(), EventsStage(), TextStage()
    for path in sorted((folder / "records").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        rec = copy.deepcopy(gold)
        rec["events"] = []
        doc = stage(text_stage(from_record(rec, texts[gold["doc"]["id"]])))
        total.update(score_events(gold, to_record(doc)))
    fig = figures_events(total)
    return {f"golddev_isolated_{k}": round(fig[k], 3) for k in ("p", "r", "f1", "count_acc", "source_acc")}
