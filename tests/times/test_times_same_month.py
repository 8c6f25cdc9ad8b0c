""""الـ27 من الشهر نفسه", "في 20 من الشهر ذاته": a day of the month of the date last named;
"في الشهر نفسه" that month (audit U48). Nothing without a date before."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتستحق الأرباح يوم 13 من آب، وتوزع الـ27 من الشهر نفسه.",
     [("يوم 13 من آب", "2015-08-13"), ("الـ27 من الشهر نفسه", "2015-08-27")]),
    ("ووقع الهجوم في 5 مارس، وتكرر في 20 من الشهر ذاته.",
     [("5 مارس", "2015-03-05"), ("20 من الشهر ذاته", "2015-03-20")]),
    ("ووقع الهجوم في 5 مارس، وفي الشهر نفسه انفجرت سيارة.", [("5 مارس", "2015-03-05"), ("الشهر نفسه", "2015-03")]),
    # nothing to refer to
    ("وفي الشهر نفسه انفجرت سيارة.", []),
])
def test_same_month(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-08-05")] == want
