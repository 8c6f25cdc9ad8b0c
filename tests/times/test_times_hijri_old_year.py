""""20 جمادى الأولى 857هـ": a Hijri day and month with an early year (three digits, marked هـ)
is a day of history the converter cannot place; it is no day of the publication's Hijri year
(audit U60 saudinewsnet-2015-07-27-00973: it went to 2015-03-11)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,values", [
    ("وفتحت المدينة يوم 20 جمادى الأولى 857هـ.", "2015-07-27", []),
    ("ووقعت المعركة في 12 رمضان 584 هـ.", "2015-07-27", []),
    # kept: a modern Hijri date, and a day with no year
    ("وافتتح المعرض في 5 شوال 1436 هـ.", "2015-07-27", ["2015-07-21"]),
    ("ويبدأ الموسم في 12 رمضان المقبل.", "2015-07-27", ["2016-06-17"]),
])
def test_old_hijri_year(run_times, text, pub, values):
    assert [t.value for t in run_times(text, pub)] == values
