""""يوم الأحد الموافق 8 ذو القعدة": a Hijri date after the weekday says which Sunday, as a
Gregorian one did ("الخميس، 12 يوليو"); the bare weekday had been read as the last Sunday
before publication (audit U52)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت المعلمة إن موعد الدراسة المحدد بيوم الأحد الموافق 8 ذو القعدة يحتاج إعادة نظر.",
     [("8 ذو القعدة", "2015-08-23")]),
    ("وتبدأ الدورة الخميس، 10 شوال.", [("10 شوال", "2015-07-26")]),
    # must not fire: a weekday with no date after it
    ("وعقد المجلس اجتماعه الأحد في الرياض.", [("الأحد", "2015-08-02")]),
])
def test_weekday_hijri_dated(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-08-04")] == want
