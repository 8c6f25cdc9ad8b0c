""""و57 ثانية" is a part of a duration in seconds ("ساعة و42 دقيقة و57 ثانية" → PT1H42M57S), while
a bare ثانية stays the ordinal "second" or "again" (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال المرصد إن الكسوف سيدوم دقيقتين و13 ثانية فوق الصحراء.", [("دقيقتين و13 ثانية", "PT2M13S")]),
    ("وسيستمر العرض ساعة و5 دقائق و30 ثانية بحسب المنظمين.", [("ساعة و5 دقائق و30 ثانية", "PT1H5M30S")]),
    ("وسجل العداء زمنا قدره 45 ثانية في السباق.", [("45 ثانية", "PT45S")]),
    # unchanged: the ordinal "second", "again"
    ("وحاول اللاعب مرة ثانية دون جدوى.", []),
    ("وفاز الفريق بالمرتبة الثانية في البطولة.", []),
])
def test_seconds(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2018-07-27")]
    assert got == want
