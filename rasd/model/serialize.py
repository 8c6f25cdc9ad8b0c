"""to_record / from_record: the rasd/1 JSON shape shared by CLI, API and storage."""
from __future__ import annotations

from typing import Any

from rasd.model.document import SCHEMA_VERSION, DocMeta, Document
from rasd.model.record import (Actor, Count, Entity, Event, Place, Quantity, Quote, TimeExpr)
from rasd.model.span import ArgSpan, Span


def to_record(doc: Document) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "doc": doc.meta.to_dict(),
        "entities": [e.to_dict() for e in doc.entities],
        "places": [p.to_dict() for p in doc.places],
        "times": [t.to_dict() for t in doc.times],
        "quantities": [q.to_dict() for q in doc.quantities],
        "quotes": [q.to_dict() for q in doc.quotes],
        "events": [v.to_dict() for v in doc.events],
    }


def _span(d: dict | None) -> Span | None:
    return Span(d["start"], d["end"], d["text"]) if d else None


def _arg(d: dict | None) -> ArgSpan | None:
    if not d:
        return None
    return ArgSpan(d["start"], d["end"], d["text"], d.get("entity"), d.get("code"))


def _entity(d: dict) -> Entity:
    actor = d.get("actor")
    return Entity(d["id"], d["label"], d.get("name", ""), [_span(m) for m in d.get("mentions", [])],
                  Actor(actor.get("code"), actor.get("group")) if actor else None)


def _place(d: dict) -> Place:
    keys = ("id", "entity", "name", "name_en", "lat", "lon", "country", "admin1", "admin2",
            "feature", "gazetteer_id", "geonames_id", "score")
    return Place(**{k: d.get(k) for k in keys})


def _time(d: dict) -> TimeExpr:
    return TimeExpr(d["id"], d["start"], d["end"], d["text"], d.get("type", "date"), d.get("value"),
                    d.get("value_end"), d.get("precision", "unknown"), d.get("anchor", "explicit"))


def _quantity(d: dict) -> Quantity:
    return Quantity(d["id"], d["start"], d["end"], d["text"], d.get("value"),
                    d.get("qualifier", "exact"), d.get("unit", "person"), d.get("category", "other"),
                    d.get("high"))


def _quote(d: dict) -> Quote:
    return Quote(d["id"], d.get("kind", "direct"), _arg(d.get("speaker")), _span(d.get("cue")),
                 _span(d["content"]), bool(d.get("hedged", False)))


def _event(d: dict) -> Event:
    counts = {k: Count(c.get("value"), c.get("qualifier", "exact"), c.get("quantity"), c.get("high"))
              for k, c in (d.get("counts") or {}).items()}
    return Event(d["id"], d["type"], d.get("mode"), _span(d["trigger"]),
                 [_arg(a) for a in d.get("actors") or []], [_arg(t) for t in d.get("targets") or []],
                 d.get("place"), d.get("geo_precision"), d.get("date"), d.get("date_end"),
                 d.get("time_precision", "unknown"), d.get("time"), counts, _arg(d.get("source")),
                 bool(d.get("hedged", False)), _span(d.get("sentence")), d.get("confidence"),
                 dict(d.get("codes") or {}))


def from_record(record: dict[str, Any], text: str = "") -> Document:
    """Rebuild a Document from a rasd/1 record (text is optional: records do not carry it)."""
    m = record["doc"]
    meta = DocMeta(m["id"], m.get("title"), m.get("outlet"), m.get("url"), m.get("published"),
                   m.get("lang", "ar"), m.get("sha256", ""))
    return Document(text=text, meta=meta,
                    entities=[_entity(e) for e in record.get("entities", [])],
                    places=[_place(p) for p in record.get("places", [])],
                    times=[_time(t) for t in record.get("times", [])],
                    quantities=[_quantity(q) for q in record.get("quantities", [])],
                    quotes=[_quote(q) for q in record.get("quotes", [])],
                    events=[_event(v) for v in record.get("events", [])])


def iter_spans(record: dict[str, Any]):
    """Yield (path, span_dict) for every span in a record, for validation."""
    for i, e in enumerate(record.get("entities", [])):
        for j, m in enumerate(e.get("mentions", [])):
            yield f"entities[{i}].mentions[{j}]", m
    for key in ("times", "quantities"):
        for i, t in enumerate(record.get(key, [])):
            yield f"{key}[{i}]", t
    for i, q in enumerate(record.get("quotes", [])):
        for part in ("speaker", "cue", "content"):
            if q.get(part):
                yield f"quotes[{i}].{part}", q[part]
    for i, v in enumerate(record.get("events", [])):
        for part in ("trigger", "source", "sentence"):
            if v.get(part):
                yield f"events[{i}].{part}", v[part]
        for role in ("actors", "targets"):
            for j, a in enumerate(v.get(role) or []):
                yield f"events[{i}].{role}[{j}]", a
