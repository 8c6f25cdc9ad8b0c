"""A day that recurs every year ("يوم 8 مارس من كل سنة", "في 25 ديسمبر من كل عام") is one
`set` (P1Y), not that day of the publication year (audit U52, U54)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ويحتفل العالم يوم 21 مارس من كل سنة بعيد الأم.", [("يوم 21 مارس من كل سنة", "set", "P1Y")]),
    ("ويقام المهرجان في 10 أكتوبر من كل عام.", [("10 أكتوبر من كل عام", "set", "P1Y")]),
    # must not fire: the date and a yearly set apart
    ("وأقيم الحفل يوم 21 مارس، ويتكرر كل سنة.", [("يوم 21 مارس", "date", "2019-03-21"), ("كل سنة", "set", "P1Y")]),
])
def test_yearly_day(run_times, text, want):
    assert [(t.text, t.type, t.value) for t in run_times(text, "2019-05-05")] == want
