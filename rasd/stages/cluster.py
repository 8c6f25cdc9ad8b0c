"""Cross-article event deduplication (pure): events of the same type, places within 25 km,
dates within ±1 day and compatible actors are one real-world happening. Clusters grow through
such links, nearest pairs first; a cluster never holds two events of one article, nor two
events whose actor codes are both known and disjoint.

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
COUNTRY = 4  # geo_precision of a place that is a whole country (SPEC 2.6)


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
    """Could a and b, from two articles, be one happening? Same type; both dated to the day
    within ±1 day (an undated or month-dated event is background, which no date can match);
    both placed within 25 km below country level, or else (unplaced, or placed only at a
    country) with a doer in common (a minister's call told without a place is matched by who
    made it, never by the day alone); actor codes, where both are known, shared."""
    if a.event.get("type") != b.event.get("type"):
        return False
    if a.day is None or b.day is None or abs((a.day - b.day).days) > DAYS:
        return False
    ca, cb = a.actor_codes, b.actor_codes
    if ca and cb and not ca & cb:
        return False
    d = km(a, b)
    if d is not None and d > PLACE_KM:
        return False
    if d is None and (a.lat is None) != (b.lat is None):
        return False
    # a country's point is no place to match by (every event in Syria is "within 25 km" of it)
    placed = d is not None and COUNTRY not in (a.event.get("geo_precision"), b.event.get("geo_precision"))
    return placed or bool(ca & cb)


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


def _closeness(a: Member, b: Member) -> tuple:
    """Sort key of a linked pair: the nearest in time, then in space, are joined first."""
    days = abs((a.day - b.day).days) if a.day and b.day else 0
    return days, km(a, b) or 0.0, -len(a.actor_codes & b.actor_codes)


def _conflict(a: Member, b: Member) -> bool:
    """Two events no cluster may hold together, however they are chained: two of one article
    (the article already said they are two happenings: one record per happening), or two
    whose doers are known and differ."""
    ca, cb = a.actor_codes, b.actor_codes
    return a.doc_id == b.doc_id or bool(ca and cb and not ca & cb)


def _joinable(one: list[int], other: list[int], members: Sequence[Member]) -> bool:
    """Groups join through any linked pair (a report placed at the village links the ones at
    the district's two towns), but never when that would put a conflicting pair together:
    an actor-less report of the day does not chain one side's strike to the other side's."""
    return not any(_conflict(members[i], members[j]) for i in one for j in other)


def candidate_pairs(members: Sequence[Member]) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) of the same type dated within ±1 day — the only ones `compatible` can
    link (undated events link to nothing) — found by day, so a year of news is not n² work."""
    by_day: dict[tuple[str, dt.date], list[int]] = {}
    for i, m in enumerate(members):
        if m.day is not None:
            by_day.setdefault((str(m.event.get("type")), m.day), []).append(i)
    for (kind, day), here in by_day.items():
        for offset in range(0, DAYS + 1):
            there = here if offset == 0 else by_day.get((kind, day + dt.timedelta(days=offset)), [])
            for i in here:
                for j in there:
                    if (offset or i < j) and i != j:
                        yield (i, j) if i < j else (j, i)


def cluster_events(records: Iterable[dict]) -> list[Cluster]:
    """Group the events of many records into clusters of one happening each."""
    members = [m for r in records for m in members_of(r)]
    links = [(i, j) for i, j in candidate_pairs(members)
             if members[i].doc_id != members[j].doc_id and compatible(members[i], members[j])]
    links.sort(key=lambda ij: (_closeness(members[ij[0]], members[ij[1]]), ij))
    parent = list(range(len(members)))
    group_of: dict[int, list[int]] = {i: [i] for i in range(len(members))}
    for i, j in links:
        ri, rj = _find(parent, i), _find(parent, j)
        if ri == rj or not _joinable(group_of[ri], group_of[rj], members):
            continue
        root, gone = min(ri, rj), max(ri, rj)
        parent[gone] = root
        group_of[root] += group_of.pop(gone)
    out = []
    for n, root in enumerate(sorted(group_of), 1):
        group = [members[i] for i in sorted(group_of[root])]
        out.append(Cluster(f"c{n}", str(group[0].event.get("type")), group,
                           _representative(group), _claims(group)))
    return out
