"""A night named by a weekday and the day after it, «ليل الاثنين الثلاثاء», is one range over
both days, as «من ليل الخميس-الجمعة» already is (audit U37 FR-2563, FR-877)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("اغتال مسلحون ثلاثة صحافيين ليل الاثنين الثلاثاء في البلدة.",
     [("2024-05-13", "2024-05-14")]),
    ("وقع الانفجار منتصف ليل الأحد - الاثنين قرب السوق.",
     [("2024-05-12", "2024-05-13")]),
    # must not fire: weekdays that do not follow each other, no night word, a و between
    ("قصف الجيش البلدة ليل الاثنين الخميس.", None),
    ("اجتمع الوزراء الاثنين الثلاثاء في العاصمة.", None),
    ("قصف الجيش البلدة ليل الاثنين والثلاثاء.", None),
])
def test_night_range(run_times, text, want):
    got = [(t.value, t.value_end) for t in run_times(text, "2024-05-15") if t.type == "range"]
    assert got == (want or [])


@pytest.mark.parametrize("text,published,want", [
    # audit U48: in an article of that Wednesday, the Thursday is not last week's
    ("وقال بيان للوزارة صدر ليل الأربعاء الخميس إن الهجوم فشل.", "2024-05-15",
     [("2024-05-15", "2024-05-16")]),
    ("وقال بيان للوزارة صدر ليل الأربعاء الخميس إن الهجوم فشل.", "2024-05-17",
     [("2024-05-15", "2024-05-16")]),
])
def test_night_range_on_its_first_day(run_times, text, published, want):
    got = [(t.value, t.value_end) for t in run_times(text, published) if t.type == "range"]
    assert got == want
