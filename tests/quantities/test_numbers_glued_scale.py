"""A scale word glued to the digits before it ("5ملايين شخص", "2,5مليون لاجئ") is part of
the number, not the counted noun (audit U32: "67,4مليون دولار", "5ملايين شخص" read as 67.4 / 5
"persons")."""
from __future__ import annotations

import pytest

from rasd.stages.numbers import PHRASE_RE, parse_number
from rasd.text.normalize import normalize


@pytest.mark.parametrize("text,want", [
    ("5ملايين", 5_000_000), ("2,5مليون", 2_500_000), ("180ألف", 180_000), ("3مليارات", 3_000_000_000),
    # must not fire: a word that only starts like a scale, or a unit word that is no scale
    ("5الفرق", 5), ("12مئة", 12),
])
def test_glued_scale_value(text, want):
    norm = normalize(text).text
    m = PHRASE_RE.match(norm)
    assert parse_number(m.group())[0] == want


@pytest.mark.parametrize("text,want", [
    ("وقالت المنظمة إن 5ملايين شخص فروا من القتال.", [("5ملايين شخص", 5_000_000)]),
    ("ونزح 2,5مليون لاجئ إلى الدول المجاورة.", [("2,5مليون لاجئ", 2_500_000)]),
    # must not fire: the spaced form reads the same, a lone number stays
    ("وقالت المنظمة إن 5 ملايين شخص فروا.", [("5 ملايين شخص", 5_000_000)]),
])
def test_glued_scale_quantity(run_quantities, text, want):
    assert [(q.text, q.value) for q in run_quantities(text)] == want
