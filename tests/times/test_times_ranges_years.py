"""Day ranges with يوم or a glued الـ, a year before 1800 after a day and month, and
"مطلع العام YYYY" (audit U22 T-3, T-4)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,value,end", [
    ("دعا إلى مقاطعة المترو من يوم 11 إلى 15 مايو.", "2018-05-28", "2018-05-11", "2018-05-15"),
    ("اقترح عقد اجتماع يومي الـ23 والـ24 من شهر أغسطس الجاري.", "2015-08-07", "2015-08-23", "2015-08-24"),
    ("أعلن الاستقلال في الرابع من تموز/يوليو 1776.", "2018-07-02", "1776-07-04", None),
    ("ارتكبوا اعتداءات كثيرة منذ مطلع العام 2004.", "2015-08-07", "2004", None),
])
def test_ranges_and_years(run_times, text, pub, value, end):
    got = run_times(text, pub)
    assert [(t.value, t.value_end) for t in got] == [(value, end)]


@pytest.mark.parametrize("text", [
    "عبر 44 مقاتلا و 340 مدنيا الحدود.",
    "وصل في الساعة 19.50 مساء.",
])
def test_no_year(run_times, text):
    assert all(not (t.value or "").startswith(("0", "1")) for t in run_times(text, "2018-07-02"))


def test_this_year_stays(run_times):
    assert [t.value for t in run_times("ارتفعت الأسعار منذ مطلع العام الجاري.", "2015-08-07")] == ["2015"]
