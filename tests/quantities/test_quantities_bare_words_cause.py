"""A bare number right after a casualty verb (held-out U50): "ألفين" written in words is no year,
and a cause or agent phrase (بنيران، برصاص، بسبب …) may follow it."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("قتل نحو عشرين متظاهرا وجرح أكثر من ألفين بنيران الشرطة قرب السياج.",
     [("نحو عشرين متظاهرا", 20, "about", "killed"), ("أكثر من ألفين", 2000, "more_than", "injured")]),
    ("وأصيب 7 برصاص القناصة قرب الحاجز.", [("7", 7, "exact", "injured")]),
    ("وقتل 3 بسبب القصف على السوق.", [("3", 3, "exact", "killed")]),
    # must not fire: a year in digits after the verb, a number after a verb that is no cue
    ("وجرح في 2014 بنيران الشرطة.", []),
    ("وارتفع السعر 5 بسبب الطلب.", []),
])
def test_bare_count_before_cause(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "qualifier", "category") == want
