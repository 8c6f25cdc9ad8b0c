"""A place that only says where a town lies («في دوما، الواقعة قرب العاصمة السورية، دمشق») goes
with that town: when the town is another clause's place, it is no place for the trigger
either (audit U35 ant-BB-middleEast-325-20180410: the Douma attack placed in Damascus)."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args

_PLACES = [("دوما", 33.57, 36.4, "SY", "city"), ("دمشق", 33.5, 36.3, "SY", "city")]


def test_town_located_by_capital_not_capital(ev):
    text = "وقد قتل في هجوم كيمياوي يوم السبت 60 شخصا، وأصيب 1000 شخص آخر في دوما، الواقعة قرب العاصمة السورية، دمشق."
    doc = ev.make_doc(text, places=_PLACES)
    names = {p.id: p.name for p in doc.places}
    places = [names.get(e.place) for e in ev.run(doc) if e.trigger.text == "هجوم"]
    assert places and "دمشق" not in places


def _mentions(ev, text):
    doc = ev.make_doc(text, places=_PLACES)
    ms = sorted((m for e in doc.entities for m in e.mentions), key=lambda m: m.start)
    return doc.tokens, ms


@pytest.mark.parametrize("text,want", [
    ("في دوما، الواقعة قرب العاصمة السورية، دمشق.", True),
    ("في دوما القريبة من دمشق.", True),
    # must not fire: a list of towns, a located phrase that runs long, another word first
    ("في دوما، دمشق.", False),
    ("في دوما، الواقعة في منطقة زراعية كبيرة يسكنها آلاف النازحين منذ سنوات قرب دمشق.", False),
    ("في دوما، وقتل آخرون قرب دمشق.", False),
])
def test_locates(ev, text, want):
    tokens, (town, m) = _mentions(ev, text)
    assert args.locates(tokens, town, m) is want
