""""عام 1558", "عام 2123": a year before 1800 or after 2099 is a time after its keyword, as a year
of the usual range is; a bare number of that size stays a count (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتولت الملكة العرش عام 1650 بعد وفاة والدها.", [("عام 1650", "1650")]),
    ("ويتوقع الفلكيون أن يتكرر الكسوف في العام 2150 فوق المحيط.", [("العام 2150", "2150")]),
    # must not fire: a bare count; a Hijri year keeps its own reading
    ("وشارك في المعرض 1650 زائرا من المدينة.", []),
    ("وافتتحت المدرسة عام 1395هـ في القرية.", [("عام 1395هـ", "1975-01")]),
])
def test_far_year(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2018-05-01")]
    assert got == want
