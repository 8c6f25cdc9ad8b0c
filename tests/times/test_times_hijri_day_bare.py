"""A Hijri day and month with neither year nor modifier (held-out U50): "خلال الفترة من 1 شوال حتى
اليوم الثالث" is this Hijri year's day, moved a Hijri year back when it lies more than 60 days
after publication (as a Gregorian day and month). Not "النصف الأول من رمضان" (a part of the
month), not "فاز 2 صفر" (a score: صفر needs شهر or a modifier)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وسجلت المنافذ خروج المسافرين خلال الفترة من 1 شوال حتى اليوم الثالث للعيد.", [("1 شوال", "2015-07-17")]),
    ("وبدأ الصيام في الأول من رمضان.", [("الأول من رمضان", "2015-06-18")]),
    ("ووقعت الحادثة في 10 محرم.", [("10 محرم", "2014-11-03")]),
    ("وعاد الحجاج في 15 شهر صفر.", [("15 شهر صفر", "2014-12-07")]),
    # must not fire
    ("وفاز الفريق 2 صفر على ضيفه.", []),
    ("وارتفعت نسبة الحوادث خلال النصف الأول من شهر رمضان.", []),
])
def test_hijri_day_without_year(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-22")] == want
