"""نحو before a number or a span of time means "about", not "towards": the place after it
is then no destination ("نزوح أكثر من 70 ألف مدني خلال نحو أسبوع من الغوطة الشرقية" happened in
the Ghouta; audit U39b ant-SK-middleEast-457-20180321: the flight left unplaced)."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args

_PLACES = [("حمص", 34.73, 36.71, "SY", "city")]


@pytest.mark.parametrize("text,want", [
    # must not fire: نحو / إلى before the place itself, نحو before a plain noun
    ("فرت العائلات نحو حمص.", True),
    ("فرت العائلات إلى حمص.", True),
    ("فرت العائلات نحو مدينة حمص.", True),
    # "about": a span of time or a number after نحو
    ("نزوح الآلاف خلال نحو أسبوع من حمص.", False),
    ("نزوح الآلاف خلال نحو يومين من حمص.", False),
    ("نزح نحو 300 من حمص.", False),
])
def test_destination_or_about(ev, text, want):
    doc = ev.make_doc(text, places=_PLACES)
    m = next(m for e in doc.entities for m in e.mentions if e.name == "حمص")
    assert args.is_destination(doc, doc.tokens, m) is want


def test_flight_placed_at_its_origin(ev):
    doc = ev.make_doc("نزوح الآلاف خلال نحو أسبوع من حمص.", places=_PLACES)
    names = {p.id: p.name for p in doc.places}
    assert "حمص" in [names.get(e.place) for e in ev.run(doc)]
