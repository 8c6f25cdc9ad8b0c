"""Audit U54: the scale word after a range's high end scales its low end too ("بين 12 و16 ألف
شخص" is 12000–16000, not 12–16000), and "NOUN واحدة" after من says whose the counted are
("أربعة أشخاص من عائلة واحدة": no family count)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال مسؤول إن ما بين 8 و10 آلاف شخص نزحوا عن القرى.", (8000, 10000)),
    ("وفر ما بين 2 و3 ملايين شخص من البلاد.", (2000000, 3000000)),
    # must not fire: the scaled low end would pass the high one; no scale word
    ("ونزح بين 10 و1000 شخص من القرى.", (10, 1000)),
    ("وقتل ما بين 500 و2000 شخص.", (500, 2000)),
    ("ونزح بين 10 و15 شخصا.", (10, 15)),
])
def test_range_scale(run_quantities, text, want):
    got = [(q.value, q.high) for q in run_quantities(text) if q.qualifier == "range"]
    assert got == [want]


@pytest.mark.parametrize("text,want", [
    ("وقتل خمسة أشخاص من أسرة واحدة في الحادث.", [("خمسة أشخاص", "killed")]),
    # must not fire: "one" after its noun with no من
    ("وقتل شخص واحد في الحادث.", [("شخص واحد", "killed")]),
])
def test_one_family_after_min(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
