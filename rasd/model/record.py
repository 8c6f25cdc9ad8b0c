"""The items of a rasd/1 record (SPEC §2): entities, places, times, quantities, quotes, events."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasd.model.span import ArgSpan, Span

LABELS = ("PER", "ORG", "LOC", "MISC")
FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "neighbourhood",
            "facility", "natural", "region")
TIME_TYPES = ("date", "range", "duration", "set")
PRECISIONS = ("day", "week", "month", "year", "unknown")
ANCHORS = ("explicit", "published", "weekday", "context", "hijri")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "up_to", "less_than", "range", "vague")
UNITS = ("person", "family", "household", "other")
CATEGORIES = ("killed", "injured", "displaced", "arrested", "abducted", "missing",
              "participants", "other")
SCORED_CATEGORIES = CATEGORIES[:-1]
QUOTE_KINDS = ("direct", "indirect")
EVENT_TYPES = ("ASSAULT", "PROTEST", "COERCE", "DISPLACE", "MOBILIZE", "RETREAT", "THREATEN",
               "ACCUSE", "REQUEST", "REJECT", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
               "SANCTION", "CONCEDE")


@dataclass
class Actor:
    code: str | None = None
    group: str | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "group": self.group}


@dataclass
class Entity:
    id: str
    label: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    actor: Actor | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions],
                "actor": self.actor.to_dict() if self.actor else None}


@dataclass
class Place:
    id: str
    entity: str | None
    name: str
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None
    gazetteer_id: str | None = None
    geonames_id: int | None = None
    score: float | None = None  # rasd extra: resolver confidence

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("id", "entity", "name", "name_en", "lat", "lon", "country",
                                           "admin1", "admin2", "feature", "gazetteer_id", "geonames_id")}
        if self.score is not None:
            d["score"] = self.score
        return d


@dataclass
class TimeExpr:
    id: str
    start: int
    end: int
    text: str
    type: str
    value: str | None
    value_end: str | None = None
    precision: str = "day"
    anchor: str = "explicit"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value, "value_end": self.value_end,
                "precision": self.precision, "anchor": self.anchor}


@dataclass
class Quantity:
    id: str
    start: int
    end: int
    text: str
    value: int | float
    qualifier: str = "exact"
    unit: str = "person"
    category: str = "other"
    high: int | float | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict:
        d = {"id": self.id, "start": self.start, "end": self.end, "text": self.text,
             "value": self.value, "qualifier": self.qualifier, "unit": self.unit,
             "category": self.category}
        if self.high is not None:
            d["high"] = self.high
        return d


@dataclass
class Quote:
    id: str
    kind: str
    speaker: ArgSpan | None
    cue: Span | None
    content: Span
    hedged: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None,
                "content": self.content.to_dict(), "hedged": self.hedged}


@dataclass
class Count:
    value: int | float
    qualifier: str = "exact"
    quantity: str | None = None
    high: int | float | None = None

    def to_dict(self) -> dict:
        d = {"value": self.value, "qualifier": self.qualifier, "quantity": self.quantity}
        if self.high is not None:
            d["high"] = self.high
        return d


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    trigger: Span
    actors: list[ArgSpan] = field(default_factory=list)
    targets: list[ArgSpan] = field(default_factory=list)
    place: str | None = None
    geo_precision: int | None = None
    date: str | None = None
    date_end: str | None = None
    time_precision: str = "unknown"
    time: str | None = None
    counts: dict[str, Count] = field(default_factory=dict)
    source: ArgSpan | None = None
    hedged: bool = False
    sentence: Span | None = None
    confidence: float | None = None
    codes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "mode": self.mode,
                "trigger": self.trigger.to_dict(),
                "actors": [a.to_dict() for a in self.actors],
                "targets": [t.to_dict() for t in self.targets],
                "place": self.place, "geo_precision": self.geo_precision,
                "date": self.date, "date_end": self.date_end,
                "time_precision": self.time_precision, "time": self.time,
                "counts": {k: c.to_dict() for k, c in self.counts.items()},
                "source": self.source.to_dict() if self.source else None,
                "hedged": self.hedged,
                "sentence": self.sentence.to_dict() if self.sentence else None,
                "confidence": self.confidence, "codes": dict(self.codes)}


@dataclass
class Attribution:
    """Who reports what is said in [start, end): set by the quotes stage, read by events.

    `source` is the claimant; `relay` the outlet that relays it ("نقلت رويترز عن مصدر" →
    source مصدر, relay رويترز); `hedged` when the claim is marked as a mere claim.
    """

    start: int
    end: int
    source: ArgSpan
    relay: ArgSpan | None = None
    hedged: bool = False
    kind: str = "quote"  # "quote" | "phrase"
