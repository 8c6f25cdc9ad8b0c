"""Audit U44 T-1..T-4: a slice of a relative year, a paired month before "من العام الماضي",
a range of days told by ordinal words, and an age at death after عن."""
from __future__ import annotations

import pytest


def _got(run_times, text, published="2016-05-20"):
    return [(t.text, t.type, t.value, t.value_end, t.precision) for t in run_times(text, published)]


@pytest.mark.parametrize("text,want", [
    # a half, a quarter or a third of a year named by its place: a range of months
    ("تراجعت المبيعات خلال النصف الأول من العام الجاري.",
     [("النصف الأول من العام الجاري", "range", "2016-01", "2016-06", "month")]),
    ("وارتفعت الأسعار في الربع الأخير من العام الماضي.",
     [("الربع الأخير من العام الماضي", "range", "2015-10", "2015-12", "month")]),
    ("وسجلت الشركة أرباحا في الثلث الثاني من هذا العام.",
     [("الثلث الثاني من هذا العام", "range", "2016-05", "2016-08", "month")]),
    # the ordinal of تشرين/كانون belongs to the month, which "من العام الماضي" then places
    ("ففي نوفمبر/تشرين الثاني من العام الماضي وقعت حادثة مشابهة.",
     [("نوفمبر/تشرين الثاني من العام الماضي", "date", "2015-11", None, "month")]),
    ("وفي كانون الأول من العام الماضي وقعت أخرى.",
     [("كانون الأول من العام الماضي", "date", "2015-12", None, "month")]),
    # kept: an ordinal day of a relative month
    ("وصل الوفد في الخامس من الشهر الجاري.", [("الخامس من الشهر الجاري", "date", "2016-05-05", None, "day")]),
    # a range of days told by ordinals
    ("قتل عشرة مسلحين بين الثالث والعاشر من مايو الجاري.",
     [("بين الثالث والعاشر من مايو الجاري", "range", "2016-05-03", "2016-05-10", "day")]),
    ("سافر من الأول حتى الخامس من مارس 2014.",
     [("من الأول حتى الخامس من مارس 2014", "range", "2014-03-01", "2014-03-05", "day")]),
    # kept: no range opener, or the first day after the second
    ("وصل بين العاشر والثالث من أبريل الماضي.", [("الثالث من أبريل الماضي", "date", "2016-04-03", None, "day")]),
    # an age at death is no duration
    ("ورحلت الروائية في برلين في ديسمبر 2011 عن 82 عاما.",
     [("ديسمبر 2011", "date", "2011-12", None, "month")]),
    ("توفي الشاعر عن عمر ناهز 90 عاما.", []),
    # kept: عن + years with no death, and a duration after a death
    ("وتخلى الموظف عن 3 سنوات من أقدميته.", [("3 سنوات", "duration", "P3Y", None, "year")]),
    ("توفي بعد صراع مع المرض استمر 5 سنوات.", [("5 سنوات", "duration", "P5Y", None, "year")]),
])
def test_year_slices_ordinal_ranges_death_age(run_times, text, want):
    assert _got(run_times, text) == want


@pytest.mark.parametrize("text,want", [
    # a bound on children's age after the noun is an age (audit U44 T-6)
    ("توصي الوزارة بتطعيم الأطفال أقل من 5 سنوات.", []),
    ("ويمنع دخول الرضع أكبر من عامين.", []),
    # kept: a bound on a period
    ("وأنجز المشروع في أقل من 5 سنوات.", [("5 سنوات", "duration", "P5Y", None, "year")]),
    ("وتراجعت وفيات الأطفال خلال أقل من 3 سنوات.", [("3 سنوات", "duration", "P3Y", None, "year")]),
])
def test_children_age_bound(run_times, text, want):
    assert _got(run_times, text) == want
