"""تراوح ("ranges") takes a count, a price or an age: "بين 1600 و2000" after it is no span of
years (audit U62: "عدد المهاجرين … يتراوح بين 1600 و2000" was the range 1600–2000)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقدرت المنظمة أن عدد اللاجئين في المخيم يتراوح بين 1800 و2000.", []),
    ("وكانت أعداد الزوار تتراوح ما بين 1500 و1900 يوميا.", [("يوميا", "P1D", "day")]),
    # unchanged: a span of years with بين and no تراوح
    ("وعاش الكاتب في القاهرة بين 1990 و2005 قبل أن يهاجر.", [("بين 1990 و2005", "1990", "year")]),
])
def test_ranging_count(run_times, text, want):
    assert [(t.text, t.value, t.precision) for t in run_times(text, "2018-05-30")] == want
