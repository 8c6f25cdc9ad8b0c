"""A Hijri year written without هـ after a year word ("خلال عام 1436") is read as Hijri when it
lies near the article's own Hijri year (audit U48 T6, saudinewsnet); an old Gregorian year
("عام 1453") or one marked ميلادي is not."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,want", [
    ("وارتفع عدد الزوار خلال عام 1436 إلى مستوى قياسي.", "2015-08-01", [("2014-10", "2015-10")]),
    ("وافتتحت المدرسة في العام 1428 بحضور المحافظ.", "2015-08-01", [("2007-01", "2008-01")]),
    # must not fire: a Gregorian year of history, a year marked Gregorian, a bare number
    ("وسقطت المدينة عام 1453 بعد حصار طويل.", "2015-08-01", []),
    ("وبنيت القلعة عام 1420 ميلادية على التل.", "2015-08-01", []),
    ("ووصل 1420 زائرا إلى المعرض.", "2015-08-01", []),
])
def test_hijri_year_unmarked(run_times, text, pub, want):
    got = [(t.value, t.value_end) for t in run_times(text, pub) if t.anchor == "hijri"]
    assert got == want
