"""A Hijri school or fiscal year of two ("1434/1435هـ", "1436-1437هـ") is one span from the
first year's start to the second's end (audit U52, known unfixed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وبلغ عدد الطلاب في العام الدراسي 1435/1436هـ نحو مليون.", [("1435/1436هـ", "2013-11", "2015-10")]),
    ("وتضمنت ميزانية 1436-1437هـ مشاريع جديدة.", [("1436-1437هـ", "2014-10", "2016-10")]),
    # must not fire: one year alone
    ("وبلغ عدد الحجاج في موسم 1435هـ نحو مليوني حاج.", [("1435هـ", "2013-11", "2014-10")]),
])
def test_hijri_two_years(run_times, text, want):
    assert [(t.text, t.value, t.value_end) for t in run_times(text, "2015-03-05")] == want
