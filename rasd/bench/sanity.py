"""Sanity scan: the whole pipeline over unseen news, counting outputs that are never right.

`rasd bench sanity --examples N` reads N articles of `unlabeled-ar` (news and news-nc, every
section, chosen with a fixed seed, news-dev's articles left out), runs the pipeline on each and
counts what no annotator would write: articles lost to a stage error, records that fail
validation, one Latin letter as an entity, an event whose actor is also its target, an event
dated after its article was published. Unlike the scored benches it needs no gold: it finds
crashes and plain mistakes on text nobody has read, which is where held-out articles come from.
The first few cases of each kind are listed under the table as "id: what".
"""
from __future__ import annotations

import gzip
import random
import time
from pathlib import Path

FILES = ("news", "news-nc")
SEED = 20261129
SHOWN = 5  # cases listed per kind


def run(data_dir: Path | str | None = None, examples: int = 500, **_: object) -> dict:
    import rasd
    from rasd.errors import RasdError
    from rasd.model import Article, to_record
    from rasd.model.validate import validate_record

    items = sample_articles(data_dir, examples)
    nlp = rasd.load_pipeline()
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    t0 = time.process_time()
    for it in items:
        try:
            doc = nlp(Article(text=it["text"], id=it["id"], published=it["date"]))
        except RasdError as exc:
            found["stage_errors"].append(f"{it['id']}: {exc}")
            continue
        record = to_record(doc)
        found["invalid_records"] += [f"{it['id']}: {p}" for p in validate_record(record, it["text"])]
        for kind, check in CHECKS.items():
            found[kind] += [f"{it['id']}: {what}" for what in check(record)]
    out: dict = {"articles": len(items), "cpu_seconds": round(time.process_time() - t0, 1)}
    out.update({kind: len(cases) for kind, cases in found.items()})
    out.update({f"{kind} (first {SHOWN})": cases[:SHOWN] for kind, cases in found.items() if cases})
    return out


def one_letter_entities(record: dict) -> list[str]:
    """Entities named by one Latin letter ("S" of "S-400"): never a name."""
    return [e["name"] for e in record["entities"]
            if len(e["name"]) == 1 and e["name"].isascii() and e["name"].isalpha()]


def actor_is_target(record: dict) -> list[str]:
    """Events with the same words among their actors and their targets."""
    out = []
    for ev in record["events"]:
        both = {a["text"] for a in ev["actors"]} & {t["text"] for t in ev["targets"]}
        if both:
            out.append(f"{ev['type']} {ev['trigger']['text']!r}: {' / '.join(sorted(both))}")
    return out


def after_publication(record: dict) -> list[str]:
    """Events dated to a day after the article's publication day: news tells what happened."""
    published = (record["doc"].get("published") or "")[:10]
    if len(published) < 10:
        return []
    return [f"{ev['type']} {ev['trigger']['text']!r}: {ev['date']} > {published}" for ev in record["events"]
            if len(ev.get("date") or "") >= 10 and ev["date"][:10] > published]


CHECKS = {"one_letter_entities": one_letter_entities, "actor_is_target": actor_is_target,
          "events_after_publication": after_publication}
KINDS = ("stage_errors", "invalid_records", *CHECKS)


def sample_articles(data_dir: Path | str | None, n: int, seed: int = SEED) -> list[dict]:
    """`n` articles of unlabeled-ar, the same ones for the same seed: {id, date, text}."""
    from rasd.errors import ResourceError
    from rasd.resources import default_data_dir

    root = Path(data_dir) if data_dir else default_data_dir()
    folder = root / "unlabeled-ar" if root else None
    if folder is None or not (folder / "news.meta.tsv.gz").exists():
        raise ResourceError(f"no unlabeled-ar in {root} (see docs/data.md)", code="E031")
    rows = []  # (file, line number, meta)
    for name in FILES:
        meta = folder / f"{name}.meta.tsv.gz"
        if meta.exists():
            rows += [(name, k, m) for k, m in enumerate(_meta_rows(meta)) if m.get("in_news_dev") != "1"]
    picked = sorted(random.Random(seed).sample(rows, min(n, len(rows))), key=lambda r: (r[0], r[1]))
    out = []
    for name in FILES:
        want = {k: m for f, k, m in picked if f == name}
        if not want:
            continue
        with gzip.open(folder / f"{name}.txt.gz", "rt", encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k in want:
                    text = line.rstrip("\n").replace(" ¶ ", "\n\n")
                    out.append({"id": want[k]["id"], "date": want[k].get("date") or None, "text": text})
    return out


def _meta_rows(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f]
