"""Countries after "من" following a soldiers noun, and those joined to them by و ("دورية
عسكرية مشتركة لجنود من مالي وفرنسا"), tell whence the soldiers come, not where they were hit
(audit U39b ant-SK-internationalNews-2439-20180701: a car bomb in Gao also coded in France).
A withdrawal or deployment keeps them: "سحب 2000 جندي من سوريا" happened there."""
from __future__ import annotations

import pytest

from rasd.stages import event_args as args

_PLACES = [("مالي", 17.0, -4.0, "ML", "country"), ("فرنسا", 46.0, 2.0, "FR", "country"),
           ("سوريا", 35.0, 38.0, "SY", "country")]


def _names(ev, text, places):
    doc = ev.make_doc(text, places=places)
    return ev.place_names(doc)


def test_attack_not_placed_in_soldiers_countries(ev):
    got = _names(ev, "وقع هجوم بسيارة ملغومة استهدف دورية مشتركة لجنود من مالي وفرنسا.", _PLACES[:2])
    assert "فرنسا" not in got and "مالي" not in got


def test_withdrawal_keeps_the_country_left(ev):
    # must not fire: soldiers leaving a country (an act that moves people)
    assert "سوريا" in _names(ev, "انسحب 2000 جندي من سوريا.", _PLACES[2:])


@pytest.mark.parametrize("text,troops,want", [
    ("استهدف الهجوم جنودا من فرنسا.", True, True),
    ("استهدف الهجوم جنودا من فرنسا.", False, False),
    # must not fire: no soldiers noun before من, a preposition other than من
    ("انسحب المسلحون من فرنسا.", True, False),
    ("قتل جنود في فرنسا.", True, False),
])
def test_people_from_troops(ev, text, troops, want):
    doc = ev.make_doc(text, places=_PLACES[1:2])
    m = next(m for e in doc.entities for m in e.mentions if e.name == "فرنسا")
    assert args.people_from(doc.tokens, m, troops=troops) is want
