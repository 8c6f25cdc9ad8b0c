"""Turn a rasd/1 record into the rows the store keeps (pure functions, no SQL)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from rasd.text import norm_key, tokenize

try:  # optional: ~5x faster serialisation and ~2x faster parsing when installed
    import orjson
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None
    _loads = json.loads

COUNT_COLUMNS = ("killed", "injured", "displaced", "arrested")
# The list item is stored with this in place of its cluster id (clusters get renamed on merges).
CLUSTER_SLOT = '"cluster_id":null'


def compact_json(data) -> str:
    """Compact JSON, as the API sends it (orjson when installed, else json.dumps)."""
    if orjson is not None:
        return orjson.dumps(data).decode("utf-8")
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def event_id(sha256: str, local_id: str) -> str:
    """A global event id: stable for the same text, safe in a URL path."""
    return f"{sha256[:12]}-{local_id}"


def cluster_key(event: dict, place: dict | None) -> str:
    """The fallback cross-article cluster: same type, same day, same place (~10 km grid).

    Used until the events stage's `cluster_events` is available (see Store._clusters).
    """
    if place and place.get("lat") is not None and place.get("lon") is not None:
        where = f"{round(place['lat'], 1)},{round(place['lon'], 1)}"
    elif place:
        where = norm_key(place.get("name") or "")
    else:
        where = "?"
    return f"{event['type']}|{event.get('date') or '?'}|{where}"


def event_digest(event: dict) -> dict:
    """The parts of an event record the list view shows, kept as a compact JSON column
    (`events.digest`) so listing events never parses whole records."""
    return {
        "counts": {k: {"value": c.get("value"), "qualifier": c.get("qualifier")}
                   for k, c in (event.get("counts") or {}).items()},
        "actors": [a.get("text") for a in event.get("actors") or []],
        "targets": [t.get("text") for t in event.get("targets") or []],
        "trigger": (event.get("trigger") or {}).get("text"),
        "sentence": (event.get("sentence") or {}).get("text"),
        "codes": event.get("codes") or {},
    }


def list_item(row: dict) -> dict:
    """The list/map/export shape of one stored event (a row of the events table joined
    with its document's outlet, title, url and published).

    Uses the row's stored digest (event_digest) when the query fetched one, so a list page
    never parses whole event records; else derives it from the record.
    """
    digest = row.get("digest") or event_digest(row["record"])
    return {
        "id": row["id"], "doc_id": row["doc_id"], "type": row["type"], "mode": row["mode"],
        "date": row["date"], "date_end": row["date_end"], "time_precision": row["time_precision"],
        "place": {"name": row["place_name"], "name_en": row["place_name_en"],
                  "country": row["country"], "admin1": row["admin1"], "admin2": row["admin2"],
                  "lat": row["lat"], "lon": row["lon"], "geo_precision": row["geo_precision"]},
        "counts": digest["counts"], "actors": digest["actors"], "targets": digest["targets"],
        "claimant": row["claimant"], "hedged": row["hedged"], "cluster_id": row["cluster_id"],
        "trigger": digest["trigger"], "sentence": digest["sentence"], "codes": digest["codes"],
        "outlet": row.get("outlet"), "title": row.get("title"), "url": row.get("url"),
        "published": row.get("published"),
    }


def stored_item(row: dict) -> str:
    """list_item as stored in events.summary: compact JSON with the cluster id left out."""
    return compact_json(dict(list_item(row), cluster_id=None))


def fill_cluster(summary: str, cluster_id: str) -> str:
    """A stored list item with its current cluster id put in (the first, only, slot)."""
    return summary.replace(CLUSTER_SLOT, '"cluster_id":' + compact_json(cluster_id), 1)


def _actors_text(event: dict) -> str:
    parts = []
    for arg in (event.get("actors") or []) + (event.get("targets") or []):
        parts.extend([arg.get("text") or "", arg.get("code") or ""])
    parts.extend(event.get("groups") or [])
    return " | ".join(norm_key(p) for p in parts if p)


def document_row(record: dict, text: str) -> dict:
    meta = record["doc"]
    return {"id": meta["id"], "sha256": meta["sha256"], "title": meta.get("title"),
            "outlet": meta.get("outlet"), "url": meta.get("url"), "published": meta.get("published"),
            "lang": meta.get("lang"), "text": text, "record": dumps(record), "ingested_at": now()}


def fts_body(record: dict, text: str) -> str:
    """What full-text search indexes: the normalised title and text, then each word that
    carries proclitics again without them, so "الموصل" finds "بالموصل"."""
    bare = []
    for token in tokenize(text):
        start, end = token.without_proclitics()
        if (start, end) != (token.start, token.end) and end > start:
            bare.append(text[start:end])
    return norm_key(f"{record['doc'].get('title') or ''}\n{text}\n{' '.join(bare)}")


def event_rows(record: dict, clusters: dict[str, str] | None = None) -> list[dict]:
    """One row per event; `clusters` maps local event id → cluster id when known."""
    meta = record["doc"]
    places = {p["id"]: p for p in record.get("places", [])}
    rows = []
    for ev in record.get("events", []):
        place = places.get(ev.get("place")) if ev.get("place") else None
        counts = ev.get("counts") or {}
        row = {
            "id": event_id(meta["sha256"], ev["id"]), "doc_id": meta["id"], "local_id": ev["id"],
            "type": ev["type"], "mode": ev.get("mode"), "date": ev.get("date"),
            "date_end": ev.get("date_end"), "sort_date": ev.get("date") or "",
            "time_precision": ev.get("time_precision"),
            "place_name": place.get("name") if place else None,
            "place_name_en": place.get("name_en") if place else None,
            "country": place.get("country") if place else None,
            "admin1": place.get("admin1") if place else None,
            "admin2": place.get("admin2") if place else None,
            "lat": place.get("lat") if place else None, "lon": place.get("lon") if place else None,
            "geo_precision": ev.get("geo_precision"), "actors": _actors_text(ev),
            "has_count": 1 if counts else 0,
            "claimant": (ev.get("source") or {}).get("text"), "hedged": 1 if ev.get("hedged") else 0,
            "cluster_id": (clusters or {}).get(ev["id"]) or cluster_key(ev, place),
            "record": dumps(ev), "digest": dumps(event_digest(ev)),
        }
        for column in COUNT_COLUMNS:
            value = (counts.get(column) or {}).get("value")
            row[column] = int(value) if isinstance(value, (int, float)) else None
        rows.append(row)
    return rows


LIST_COLUMNS = ", ".join(f"e.{c}" for c in (
    "id", "doc_id", "type", "mode", "date", "date_end", "sort_date", "time_precision",
    "place_name", "place_name_en", "country", "admin1", "admin2", "lat", "lon",
    "geo_precision", "has_count", "claimant", "hedged", "cluster_id"))


def decode_row(row: dict) -> dict:
    """Decode one fresh row in place (rows come from _rows, never shared)."""
    if row.get("record") is not None:
        row["record"] = _loads(row["record"])
    if row.get("digest") is not None:
        row["digest"] = _loads(row["digest"])
    row["hedged"] = bool(row["hedged"])
    row["has_count"] = bool(row["has_count"])
    return row
