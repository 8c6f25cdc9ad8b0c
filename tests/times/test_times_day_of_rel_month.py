"""A day of "الشهر الجاري/الماضي/المقبل" named by an ordinal ("الخامس من الشهر الجاري") or by a
bare number after في ("في 12 الشهر الجاري") is that day, not the month (audit U32,
saudinewsnet-2015-08-09-01131)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("يلتقي الوزير نظيره في موسكو في 12 الشهر الجاري.", [("12 الشهر الجاري", "2015-08-12", "day")]),
    ("وقع الهجوم في الخامس من الشهر الجاري.", [("الخامس من الشهر الجاري", "2015-08-05", "day")]),
    ("وقع الهجوم في الحادي عشر من الشهر الماضي.", [("الحادي عشر من الشهر الماضي", "2015-07-11", "day")]),
    ("تبدأ المحادثات في العاشر من الشهر المقبل.", [("العاشر من الشهر المقبل", "2015-09-10", "day")]),
    # must not fire: a count before the month with no في, the month alone
    ("وأصيب 12 الشهر الماضي في الهجوم.", [("الشهر الماضي", "2015-07", "month")]),
    ("وقع الهجوم في الشهر الماضي.", [("الشهر الماضي", "2015-07", "month")]),
    # the digit form with من still works
    ("وقع الهجوم في 5 من الشهر الماضي.", [("5 من الشهر الماضي", "2015-07-05", "day")]),
])
def test_day_of_relative_month(run_times, text, want):
    assert [(t.text, t.value, t.precision) for t in run_times(text, "2015-08-09")] == want
