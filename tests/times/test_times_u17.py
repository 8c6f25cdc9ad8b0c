"""Times from audit U17 (times round 2), one invented sentence each."""
from __future__ import annotations

import pytest

PUB = "2017-10-01"


def _times(run_times, text):
    return [(t.text, t.type, t.value) for t in run_times(text, PUB)]


# T-1: a closing quotation mark after "منذ/قبل N سنوات" ends a quotation; it makes no age
@pytest.mark.parametrize("text,expected", [
    ('وقال إنه "الأسوأ منذ نحو 4 سنوات".', [("منذ نحو 4 سنوات", "duration", "P4Y")]),
    ("ووصفه بأنه «الأكبر منذ خمس سنوات»", [("منذ خمس سنوات", "duration", "P5Y")]),
])
def test_duration_before_a_closing_mark(run_times, text, expected):
    assert _times(run_times, text) == expected


@pytest.mark.parametrize("text", [
    "وقتل سامر (46 عاما) في القصف",
    'وقال الشاب "22 عاما" إنه',  # a bare N years in marks after a person: an age
])
def test_age_in_marks_stays_an_age(run_times, text):
    assert _times(run_times, text) == []
