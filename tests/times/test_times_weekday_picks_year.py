"""A weekday named with a day and month and no year: when the year read from the publication
puts that day on another weekday and the year before or after puts it on the named one, that
year wins (audit U56: «يوم الاحد 10 ديسمبر» in a May 2017 election calendar is 2017-12-10, a
Sunday, not 2016-12-10, a Saturday)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,published,want", [
    ("وتجري الجولة الثانية يوم الأحد 8 ديسمبر في كل الدوائر.", "2019-05-06",
     [("يوم الأحد 8 ديسمبر", "2019-12-08")]),
    ("وعقد المؤتمر يوم الثلاثاء 3 نوفمبر بحضور الوزراء.", "2021-02-10",
     [("يوم الثلاثاء 3 نوفمبر", "2020-11-03")]),
    # must not fire: the weekday agrees with the publication's year, no weekday, or a
    # المقبل/الماضي word decides
    ("وعقد المؤتمر يوم الأحد 10 ديسمبر بحضور الوزراء.", "2018-02-10",
     [("يوم الأحد 10 ديسمبر", "2017-12-10")]),
    ("وتجري الجولة الثانية يوم 8 ديسمبر في كل الدوائر.", "2019-05-06",
     [("يوم 8 ديسمبر", "2018-12-08")]),
])
def test_weekday_picks_year(run_times, text, published, want):
    assert [(t.text, t.value) for t in run_times(text, published)] == want
