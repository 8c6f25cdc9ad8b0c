"""A Hijri day and month with a modifier and no year ("19 رمضان الماضي") takes the Hijri year
of publication: the latest such day before it for الماضي, this year's for الحالي/الجاري
(audit evU20a section 3)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,value", [
    ("توفي الرجل في 19 رمضان الماضي متأثرا بجراحه.", "2015-08-01", "2015-07-06"),
    # الماضي and the day has not yet come this Hijri year: a year back
    ("توفي الرجل في 19 رمضان الماضي متأثرا بجراحه.", "2015-06-20", "2014-07-16"),
    ("ويعقد الملتقى في 21 شوال الحالي في مدينة الطائف.", "2015-07-24", "2015-08-06"),
])
def test_hijri_day_with_modifier(run_times, text, pub, value):
    got = [t.value for t in run_times(text, pub) if "رمضان" in t.text or "شوال" in t.text]
    assert got == [value]


@pytest.mark.parametrize("text", [
    "ويصوم المسلمون في شهر رمضان من كل عام.",   # a named month, no day
    "وقعت الحادثة في رمضان الماضي قرب المسجد.",   # no day: not this rule's
])
def test_hijri_modifier_needs_a_day(run_times, text):
    got = [t for t in run_times(text, "2015-08-01") if t.precision == "day"]
    assert got == []
