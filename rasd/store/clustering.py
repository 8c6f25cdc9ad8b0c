"""Cross-article clusters for a new record, from the events stage's `cluster_events`.

For each new event the store supplies its stored neighbours (same type, ±1 day, nearby);
`rasd.stages.cluster.cluster_events` decides which are the same happening. A new event
joins its neighbours' cluster; when it links two stored clusters they are merged (the
smaller id wins). A cluster's id is the id of its first event, so ids are stable and
URL-safe. Without the events stage the store keeps its own key (rows.cluster_key).
"""
from __future__ import annotations

from typing import Callable

from rasd.store.rows import event_id


def _stored_as_record(row: dict) -> dict:
    """A one-event pseudo record for a stored event, in the shape cluster_events reads."""
    ev = dict(row["record"], id=row["id"], place="p" if row["lat"] is not None else None)
    place = [{"id": "p", "lat": row["lat"], "lon": row["lon"]}] if row["lat"] is not None else []
    return {"doc": {"id": row["doc_id"], "outlet": row.get("outlet")}, "places": place,
            "events": [ev]}


def assign_clusters(record: dict, neighbours: Callable[..., list[dict]]) -> tuple[dict[str, str], dict[str, str]] | None:
    """(local event id → cluster id, stored cluster merges old → new), or None when the
    events stage's clustering is not available. `neighbours(type=, date=, lat=, lon=)`
    reads stored candidates (`SQLStore.save` passes one that reads inside its transaction)."""
    try:
        from rasd.stages.cluster import cluster_events
    except ImportError:
        return None
    places = {p["id"]: p for p in record.get("places", [])}
    stored: dict[str, dict] = {}
    for ev in record.get("events", []):
        place = places.get(ev.get("place")) or {}
        for row in neighbours(type=ev["type"], date=ev.get("date"), lat=place.get("lat"),
                              lon=place.get("lon")):
            stored[row["id"]] = row
    groups = cluster_events([record] + [_stored_as_record(r) for r in stored.values()])
    sha, doc_id = record["doc"]["sha256"], record["doc"]["id"]
    clusters: dict[str, str] = {}
    merges: dict[str, str] = {}
    for group in groups:
        new = [m.event["id"] for m in group.members
               if m.doc_id == doc_id and m.event.get("id") not in stored]
        if not new:
            continue
        old = sorted({stored[m.event["id"]]["cluster_id"] for m in group.members
                      if m.event.get("id") in stored})
        target = old[0] if old else event_id(sha, new[0])
        merges.update({o: target for o in old[1:]})
        clusters.update({local: target for local in new})
    return clusters, merges
