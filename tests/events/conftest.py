"""Hand-built Documents for event tests: upstream fields filled from (text, …) tuples."""
from __future__ import annotations

import sys
from pathlib import Path

from rasd.model.document import Article, Document
from rasd.model.record import Actor, Attribution, Entity, Place, Quantity, Quote, TimeExpr
from rasd.model.span import ArgSpan, Span
from rasd.stages.events import EventsStage
from rasd.stages.text import TextStage

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make filter_probes importable


def _find(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, f"{needle!r} not in text"
    return pos, pos + len(needle)


def make_doc(text: str, *, published: str | None = "2024-02-12", entities=(), places=(), times=(),
             quantities=(), quotes=(), attributions=()) -> Document:
    """entities: (name, label, code); places: (name, lat, lon, country, feature);
    times: (text, value, precision); quantities: (text, value, qualifier, category);
    quotes: (speaker, content); attributions: (source, claim_text, hedged)."""
    doc = Document.from_article(Article(text=text, id="t1", published=published))
    TextStage()(doc)
    ents = {}
    for i, (name, label, code) in enumerate(entities, 1):
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(Span(pos, pos + len(name), name))
            pos = text.find(name, pos + 1)
        ent = Entity(f"e{i}", label, name, mentions, Actor(code) if code else None)
        ents[name] = ent
        doc.entities.append(ent)
    for i, (name, lat, lon, country, feature) in enumerate(places, 1):
        if name not in ents:
            s, e = _find(text, name)
            ents[name] = Entity(f"e{len(doc.entities) + 1}", "LOC", name, [Span(s, e, name)])
            doc.entities.append(ents[name])
        doc.places.append(Place(f"p{i}", ents[name].id, name, lat=lat, lon=lon, country=country,
                                feature=feature))
    for i, (t, value, precision) in enumerate(times, 1):
        s, e = _find(text, t)
        doc.times.append(TimeExpr(f"t{i}", s, e, t, "date", value, None, precision, "published"))
    for i, (t, value, qual, cat) in enumerate(quantities, 1):
        s, e = _find(text, t)
        doc.quantities.append(Quantity(f"q{i}", s, e, t, value, qual, "person", cat))
    for i, (speaker, content) in enumerate(quotes, 1):
        ss, se = _find(text, speaker)
        cs, ce = _find(text, content)
        doc.quotes.append(Quote(f"u{i}", "indirect", ArgSpan(ss, se, speaker), None, Span(cs, ce, content)))
    for source, claim, hedged in attributions:
        ss, se = _find(text, source)
        cs, ce = _find(text, claim)
        doc.attributions.append(Attribution(cs, ce, ArgSpan(ss, se, source), None, hedged, "phrase"))
    return doc


def run(doc: Document) -> list:
    return EventsStage()(doc).events


def types(text: str, **kw) -> list[str]:
    return [e.type for e in run(make_doc(text, **kw))]


def place_names(doc: Document, etype: str | None = None) -> list:
    """The place name of each event `run` keeps (only type `etype` when given), None where unplaced."""
    names = {p.id: p.name for p in doc.places}
    return [names.get(e.place) for e in run(doc) if etype is None or e.type == etype]


def dates(doc: Document, etype: str | None = None) -> list[tuple]:
    """(date, time_precision) of each event `run` keeps (only type `etype` when given)."""
    return [(e.date, e.time_precision) for e in run(doc) if etype is None or e.type == etype]


import types as _types

import pytest


@pytest.fixture
def ev():
    """make_doc / run / types / place_names / dates helpers (importlib import mode: tests cannot import siblings)."""
    return _types.SimpleNamespace(make_doc=make_doc, run=run, types=types, place_names=place_names,
                                  dates=dates)
