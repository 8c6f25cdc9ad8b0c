"""A capital or country right after a reporting verb ("قالت واشنطن إن …") is the one who
speaks, not where the act it reports happened (audit U39b ant-FR-middleEast-274-20180413: the
chemical attack in Syria placed in Washington)."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args

_PLACES = [("واشنطن", 38.9, -77.0, "US", "city"), ("حلب", 36.2, 37.15, "SY", "city")]


def test_attack_not_placed_at_the_speaking_capital(ev):
    text = "وقالت واشنطن إنها تملك دليلا على أن الجيش شن الهجوم الكيميائي."
    doc = ev.make_doc(text, places=_PLACES[:1])
    names = {p.id: p.name for p in doc.places}
    assert "واشنطن" not in [names.get(e.place) for e in ev.run(doc)]


def test_attack_keeps_its_own_town(ev):
    # must not fire: the act's own town after في stays its place
    text = "وقالت واشنطن إن الجيش شن الهجوم الكيميائي في حلب."
    doc = ev.make_doc(text, places=_PLACES)
    names = {p.id: p.name for p in doc.places}
    assert [names.get(e.place) for e in ev.run(doc)] == ["حلب"]


@pytest.mark.parametrize("text,want", [
    ("وقالت واشنطن إن الهجوم وقع.", True),
    ("أعلنت واشنطن مقتل جنديين.", True),
    # must not fire: a preposition before the name, a motion verb, a doer verb
    ("وقال مسؤول في واشنطن إن الهجوم وقع.", False),
    ("وصل الوفد واشنطن أمس.", False),
    ("قصفت واشنطن مواقع.", False),
])
def test_is_holder_after_reporting_verb(ev, text, want):
    doc = ev.make_doc(text, places=_PLACES[:1])
    m = next(m for e in doc.entities for m in e.mentions if e.name == "واشنطن")
    assert args.is_holder(doc.tokens, m) is want
