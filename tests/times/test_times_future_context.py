"""Which day lies ahead (audit U54): "على أن + present" (an arrangement) and "من المتوقع"
put a bare weekday ahead; a future verb puts a day and month with no year ahead even when it
is months away; an attribution aside ("وفق ما أفادت … السبت") is a clause of its own, so a
wish in the sentence before it ("لا يريد أن") does not move the report's day."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,value", [
    ("وانتهت الجلسة الأولى للمجلس، على أن تستأنف الأحد.", "2019-03-05", "2019-03-10"),
    ("ومن المتوقع أن يوقع الطرفان الاتفاق يوم الخميس.", "2019-03-05", "2019-03-07"),
    ("وذكرت الإذاعة أنه من المتوقع وصول الوفد يوم الجمعة.", "2019-03-05", "2019-03-08"),
    ("قال اللاعب إنه لا يريد أن يغادر النادي، وفق ما أفادت صحف محلية الأحد.", "2019-03-05", "2019-03-03"),
    ("أكد الوزير أنه يريد أن يحضر المؤتمر، بحسب ما نقلت وكالة الأنباء الاثنين.", "2019-03-05", "2019-03-04"),
    # must not fire: a plan of the past, a past verb
    ("وكان من المتوقع أن يصل الوفد يوم الجمعة.", "2019-03-05", "2019-03-01"),
    ("ووصل الوفد يوم الجمعة.", "2019-03-05", "2019-03-01"),
    ("وأكد الرئيس على أن الجيش انسحب الأحد.", "2019-03-05", "2019-03-03"),
])
def test_weekday_direction(run_times, text, pub, value):
    assert [t.value for t in run_times(text, pub)] == [value]


@pytest.mark.parametrize("text,pub,value", [
    ("وقالت الشركة إن الرواية ستطرح في المكتبات في 20 أكتوبر.", "2019-03-05", "2019-10-20"),
    ("وسينشر التقرير في 15 سبتمبر/أيلول.", "2019-03-05", "2019-09-15"),
    # must not fire: a past verb keeps the day behind
    ("وقالت الشركة إن الرواية طرحت في المكتبات في 20 أكتوبر.", "2019-03-05", "2018-10-20"),
])
def test_day_month_ahead(run_times, text, pub, value):
    assert [t.value for t in run_times(text, pub)] == [value]
