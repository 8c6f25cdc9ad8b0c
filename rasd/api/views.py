"""One data builder per view. The JSON API returns these dicts as they are; the map page
fetches the same endpoints; exports render the same rows. No view has a query of its own."""
from __future__ import annotations

import json

from fastapi.responses import JSONResponse

from rasd.store import EventQuery
from rasd.store.rows import list_item

try:  # orjson is optional: ~5x faster serialisation when installed
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None


class JSONBytes(JSONResponse):
    """A JSON response serialised directly (orjson if installed, else json.dumps);
    bytes are sent as they are (JSON already serialised)."""

    def render(self, content) -> bytes:
        if isinstance(content, bytes):
            return content
        if orjson is not None:
            return orjson.dumps(content)
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

COUNT_KEYS = ("killed", "injured", "displaced", "arrested", "abducted", "missing", "participants")


def event_summary(row: dict) -> dict:
    """The list/map/export shape of one stored event (rasd.store.rows.list_item)."""
    return list_item(row)


def events_data(app, query: EventQuery) -> dict:
    rows, cursor = app.events(query, records=False)  # digests only: no full records
    return {"items": [event_summary(r) for r in rows], "next_cursor": cursor}


def events_json(app, query: EventQuery) -> bytes:
    """events_data(app, query) as JSON bytes, joined from the stored list items."""
    return app.store.events_page(query).encode("utf-8")


def evidence_spans(event: dict, record: dict) -> list[dict]:
    """Every span that supports the event, with its role, sorted by position."""
    spans: list[dict] = []

    def add(role: str, span: dict | None) -> None:
        if span and "start" in span:
            spans.append({"role": role, "start": span["start"], "end": span["end"],
                          "text": span["text"]})

    add("trigger", event.get("trigger"))
    for a in event.get("actors") or []:
        add("actor", a)
    for t in event.get("targets") or []:
        add("target", t)
    add("source", event.get("source"))
    quantities = {q["id"]: q for q in record.get("quantities", [])}
    for category, count in (event.get("counts") or {}).items():
        add(f"count:{category}", quantities.get(count.get("quantity")))
    times = {t["id"]: t for t in record.get("times", [])}
    add("time", times.get(event.get("time")))
    place = next((p for p in record.get("places", []) if p["id"] == event.get("place")), None)
    entity = next((e for e in record.get("entities", [])
                   if place and e["id"] == place.get("entity")), None)
    for mention in (entity or {}).get("mentions", []):
        add("place", mention)
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def conflicts(members: list[dict]) -> dict[str, list[dict]]:
    """Counts on which the reports of one cluster disagree, each with who claims it."""
    out: dict[str, list[dict]] = {}
    for key in COUNT_KEYS:
        claims = [{"event": m["id"], "doc_id": m["doc_id"], "value": c["value"],
                   "qualifier": c["qualifier"], "claimant": m["claimant"], "outlet": m["outlet"]}
                  for m in members if (c := m["counts"].get(key))]
        if len({(c["value"], c["qualifier"]) for c in claims}) > 1:
            out[key] = claims
    return out


def event_data(app, event_id: str) -> dict:
    row = app.event(event_id)
    doc = app.document(row["doc_id"])
    members = [event_summary(m) for m in app.cluster(row["cluster_id"])]
    data = event_summary(row)
    data.update({
        "evidence": evidence_spans(row["record"], doc["record"]),
        "sentence_span": row["record"].get("sentence"),
        "record": row["record"],
        "document": {k: doc[k] for k in ("id", "title", "outlet", "url", "published", "text")},
        "sources": [{k: m[k] for k in ("id", "doc_id", "outlet", "title", "url", "claimant")}
                    for m in members],
        "cluster": {"id": row["cluster_id"], "size": len(members)},
        "conflicts": conflicts(members),
    })
    return data


def document_data(app, doc_id: str) -> dict:
    doc = app.document(doc_id)
    return {k: doc[k] for k in ("id", "sha256", "title", "outlet", "url", "published", "lang",
                                "text", "record", "ingested_at")}


def places_data(app) -> dict:
    return {"items": app.places()}


def stats_data(app, query: EventQuery | None = None) -> dict:
    return app.stats(query)
