"""The bundled sample: ten invented Arabic news articles and hand-made annotations.

`sample_articles()` gives the articles (what `rasd demo` ingests); `sample_records()`
gives rasd/1 records built from the compact hand annotations in `annotations.json`,
so tests and the demo can show events without depending on extraction quality.
Offsets are found with str.find on the original text, so every span obeys
`text == article[start:end]`.
"""
from __future__ import annotations

import json
from importlib import resources

from rasd.model.document import SCHEMA_VERSION, sha256_text
from rasd.text import split_sentences


def _read(name: str) -> str:
    return resources.files("rasd.samples").joinpath(name).read_text("utf-8")


def sample_articles() -> list[dict]:
    """The sample articles as dicts: id, published, outlet, title, url, text."""
    return [json.loads(line) for line in _read("articles.jsonl").splitlines() if line.strip()]


def sample_places() -> dict[str, dict]:
    return json.loads(_read("annotations.json"))["places"]


def sample_records() -> list[dict]:
    """rasd/1 records for the sample articles, from the hand annotations."""
    notes = json.loads(_read("annotations.json"))
    return [annotate(a, notes["documents"].get(a["id"], []), notes["places"])
            for a in sample_articles()]


def _span(text: str, needle: str, after: int = 0) -> dict:
    start = text.find(needle, after)
    if start < 0:
        start = text.find(needle)
    if start < 0:
        raise ValueError(f"{needle!r} not in article")
    return {"start": start, "end": start + len(needle), "text": needle}


def _all_spans(text: str, needle: str) -> list[dict]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append({"start": pos, "end": pos + len(needle), "text": needle})
        pos = text.find(needle, pos + len(needle))
    return out


def _arg(text: str, item: list) -> dict:
    span = _span(text, item[0])
    span["entity"] = None
    if len(item) > 1 and item[1]:
        span["code"] = item[1]
    return span


class _Builder:
    """Accumulates entities/places/quantities/times while events are added."""

    def __init__(self, text: str, places: dict[str, dict]):
        self.text, self.catalogue = text, places
        self.entities: list[dict] = []
        self.places: dict[str, dict] = {}
        self.quantities: list[dict] = []
        self.times: list[dict] = []

    def place(self, key: str | None) -> str | None:
        if key is None:
            return None
        if key not in self.places:
            info = self.catalogue[key]
            ent_id = f"e{len(self.entities) + 1}"
            self.entities.append({"id": ent_id, "label": "LOC", "name": info["name"],
                                  "mentions": _all_spans(self.text, info["name"]), "actor": None})
            pid = f"p{len(self.places) + 1}"
            self.places[key] = {"id": pid, "entity": ent_id, "gazetteer_id": None,
                                "geonames_id": None, **info}
        return self.places[key]["id"]

    def quantity(self, category: str, spec: list) -> dict:
        value, qualifier, needle = spec[0], spec[1], spec[2]
        qid = f"q{len(self.quantities) + 1}"
        unit = spec[3] if len(spec) > 3 else "person"
        self.quantities.append({"id": qid, **_span(self.text, needle), "value": value,
                                "qualifier": qualifier, "unit": unit, "category": category})
        return {"value": value, "qualifier": qualifier, "quantity": qid}

    def time(self, needle: str | None, ev: dict) -> str | None:
        if not needle or not ev.get("date"):
            return None
        tid = f"t{len(self.times) + 1}"
        self.times.append({"id": tid, **_span(self.text, needle), "type": "date",
                           "value": ev["date"], "value_end": ev.get("date_end"),
                           "precision": ev.get("time_precision", "day"), "anchor": "published"})
        return tid


def _sentence(text: str, pos: int) -> dict | None:
    for s in split_sentences(text):
        if s.start <= pos < s.end:
            return s.to_dict()
    return None


def annotate(article: dict, events: list[dict], places: dict[str, dict]) -> dict:
    """Build a rasd/1 record from an article and compact event notes (see annotations.json)."""
    text = article["text"]
    b = _Builder(text, places)
    out = []
    for i, ev in enumerate(events, 1):
        trigger = _span(text, ev["trigger"])
        source = _arg(text, [ev["source"]]) if ev.get("source") else None
        out.append({
            "id": f"v{i}", "type": ev["type"], "mode": ev.get("mode"), "trigger": trigger,
            "actors": [_arg(text, a) for a in ev.get("actors", [])],
            "targets": [_arg(text, t) for t in ev.get("targets", [])],
            "place": b.place(ev.get("place")), "geo_precision": ev.get("geo_precision"),
            "date": ev.get("date"), "date_end": ev.get("date_end"),
            "time_precision": ev.get("time_precision", "unknown"), "time": b.time(ev.get("time"), ev),
            "counts": {cat: b.quantity(cat, spec) for cat, spec in ev.get("counts", {}).items()},
            "source": source, "hedged": bool(ev.get("hedged", False)),
            "sentence": _sentence(text, trigger["start"]), "confidence": 1.0,
            "groups": [a[2] for a in ev.get("actors", []) if len(a) > 2],
            "codes": {"plover": ev["type"]},
        })
    doc = {"id": article.get("id") or sha256_text(text)[:16], "title": article.get("title"),
           "outlet": article.get("outlet"), "url": article.get("url"),
           "published": article.get("published"), "lang": "ar", "sha256": sha256_text(text)}
    return {"schema": SCHEMA_VERSION, "doc": doc, "entities": b.entities,
            "places": list(b.places.values()), "times": b.times, "quantities": b.quantities,
            "quotes": [], "events": out}
