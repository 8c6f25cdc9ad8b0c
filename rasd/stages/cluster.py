"""Cross-article event deduplication (pure): events of the same type, places within 25 km,
dates within ±1 day and compatible actors are one real-world happening.

A cluster keeps every source article and every differing count with its claimant
("killed: 11 (health ministry), 14 (observatory)") plus a representative record.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

PLACE_KM = 25.0
DAYS = 1


@dataclass(frozen=True)
class Member:
    doc_id: str
    event: dict
    lat: float | None
    lon: float | None
    day: dt.date | None
    outlet: str | None = None
    place_name: str | None = None

    @property
    def actor_codes(self) -> set[str]:
        return {a.get("code") for a in self.event.get("actors") or [] if a.get("code")}

    @property
    def claimant(self) -> str:
        src = self.event.get("source")
        if isinstance(src, dict) and src.get("text"):
            return src["text"]
        return self.outlet or self.doc_id


@dataclass
class Claim:
    value: Any
    qualifier: str
    claimants: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"value": self.value, "qualifier": self.qualifier, "claimants": self.claimants,
                "docs": self.docs}


@dataclass
class Cluster:
    id: str
    type: str
    members: list[Member]
    representative: dict
    counts: dict[str, list[Claim]]

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(m.doc_id for m in self.members))

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "docs": self.docs,
                "events": [{"doc": m.doc_id, "event": m.event.get("id")} for m in self.members],
                "representative": self.representative,
                "counts": {k: [c.to_dict() for c in v] for k, v in self.counts.items()}}

    def summary(self) -> str:
        parts = [f"{cat}: " + ", ".join(f"{c.value} ({'; '.join(c.claimants)})" for c in claims)
                 for cat, claims in self.counts.items()]
        return "; ".join(parts)


def _day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def members_of(record: dict) -> list[Member]:
    doc = record.get("doc") or {}
    places = {p.get("id"): p for p in record.get("places") or [] if isinstance(p, dict)}
    out = []
    for ev in record.get("events") or []:
        p = places.get(ev.get("place")) or {}
        out.append(Member(str(doc.get("id")), ev, p.get("lat"), p.get("lon"), _day(ev.get("date")),
                          doc.get("outlet"), p.get("name")))
    return out


def km(a: Member, b: Member) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def compatible(a: Member, b: Member) -> bool:
    if a.event.get("type") != b.event.get("type"):
        return False
    d = km(a, b)
    if d is None:
        if (a.lat is None) != (b.lat is None):
            return False
    elif d > PLACE_KM:
        return False
    if (a.day is None) != (b.day is None):
        return False
    if a.day is not None and abs((a.day - b.day).days) > DAYS:
        return False
    ca, cb = a.actor_codes, b.actor_codes
    return not ca or not cb or bool(ca & cb)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _representative(members: Sequence[Member]) -> dict:
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    best = min(members, key=lambda m: (rank.get(m.event.get("time_precision"), 4),
                                       -len(m.event.get("counts") or {}),
                                       m.event.get("geo_precision") or 5))
    return {"doc": best.doc_id, "place_name": best.place_name, **best.event}


def _claims(members: Sequence[Member]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for m in members:
        for cat, c in (m.event.get("counts") or {}).items():
            claims = out.setdefault(cat, [])
            key = (c.get("value"), c.get("qualifier", "exact"))
            hit = next((x for x in claims if (x.value, x.qualifier) == key), None)
            if hit is None:
                hit = Claim(key[0], key[1])
                claims.append(hit)
            if m.claimant not in hit.claimants:
                hit.claimants.append(m.claimant)
            if m.doc_id not in hit.docs:
                hit.docs.append(m.doc_id)
    return out


def cluster_events(records: Iterable[dict]) -> list[Cluster]:
    """Group the events of many records into clusters of one happening each."""
    members = [m for r in records for m in members_of(r)]
    parent = list(range(len(members)))
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if members[i].doc_id != members[j].doc_id and compatible(members[i], members[j]):
                parent[_find(parent, j)] = _find(parent, i)
    groups: dict[int, list[Member]] = {}
    for i, m in enumerate(members):
        groups.setdefault(_find(parent, i), []).append(m)
    out = []
    for n, group in enumerate(groups.values(), 1):
        out.append(Cluster(f"c{n}", str(group[0].event.get("type")), group,
                           _representative(group), _claims(group)))
    return out
