""""وبنفس اليوم من عام 2017": the same day (the day last named) in the year after it — one
expression, that day's month and day in 2017; "بنفس" (ب glued after و) opens "نفس اليوم" as
"في نفس" did. It had been read as "اليوم" (today) of 2017 (audit U52)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("في 1 أكتوبر من عام 1918 دخلت القوات المدينة، وبنفس اليوم من عام 2017 وقع هجوم.",
     [("1 أكتوبر من عام 1918", "1918-10-01"), ("نفس اليوم من عام 2017", "2017-10-01")]),
    ("وفي 5 مارس 2011 بدأت الاحتجاجات، وفي نفس اليوم من عام 2013 سقطت المدينة.",
     [("5 مارس 2011", "2011-03-05"), ("نفس اليوم من عام 2013", "2013-03-05")]),
    ("وفي 5 مارس 2011 بدأت الاحتجاجات، وبنفس اليوم سقطت المدينة.",
     [("5 مارس 2011", "2011-03-05"), ("نفس اليوم", "2011-03-05")]),
    # must not fire: no day named before; today of another year is not joined
    ("وبنفس اليوم من عام 2017 وقع هجوم.", [("عام 2017", "2017")]),
])
def test_same_day_of_year(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-10-02")] == want
