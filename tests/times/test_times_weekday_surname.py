"""A weekday right after an academic title and one given name ("الدكتور سالم الخميس",
"المهندسفهد السبت" with the title glued on) is the person's family name, not a day (audit U52):
these titles come before a full name, so the word after the given name belongs to the name.
A political title before a bare surname ("الرئيس عباس الخميس") still dates, as does "يوم"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وصل الوفد. ورافقه مدير المعهد الدكتورسالم الجمعة.", []),
    ("وصل الوفد. وحضر اللقاء المهندس فهد الخميس ومدير الفرع.", []),
    ("وصل الوفد. وشكر الأستاذة نورة السبت على جهودها.", []),
    # must still date: a political title before a surname, and a day named with يوم
    ("وصل الوفد. وقال الرئيس عباس الخميس إن المفاوضات متوقفة.", [("الخميس", "2018-04-19")]),
    ("وصل الوفد. والتقى الدكتور سالم يوم الخميس بالطلاب.", [("يوم الخميس", "2018-04-19")]),
    ("وصل الوفد. وقال محمود عباس الخميس إن المفاوضات متوقفة.", [("الخميس", "2018-04-19")]),
])
def test_weekday_surname(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-04-23")] == want


@pytest.mark.parametrize("text,want", [
    # a title word with a plural or noun ending is no title glued to a name
    ("وصل الوفد. وناقش الطالب رسالة الدكتوراه الخميس.", [("الخميس", "2018-04-19")]),
    ("وصل الوفد. والتقى الوزير المهندسين الخميس.", [("الخميس", "2018-04-19")]),
])
def test_weekday_after_title_suffix_dates(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-04-23")] == want
