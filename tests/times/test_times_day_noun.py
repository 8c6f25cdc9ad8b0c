""""اليوم" as the noun "the day", not today (audit U48): a day awaited or fixed ("يقترب اليوم
الموعود", "قبل اليوم المقرر لوصول اللجنة") and a rate per day ("ثلاث وجبات في اليوم،")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ويقترب اليوم الموعود لإعلان النتائج النهائية.", []),
    ("وغادر الوفد قبل اليوم المقرر لوصول اللجنة.", []),
    ("ولا يحصل السجناء إلا على وجبتين في اليوم، بحسب ذويهم.", []),
    ("ويتدرب الفريق ست ساعات في اليوم.", [("ست ساعات", "PT6H")]),
    # must keep: today before a definite subject, today's decision described after it
    ("وتعقد اليوم الجلسة الأولى للبرلمان.", [("اليوم", "2024-02-12")]),
    ("وقال إن قرار اليوم المفجع ظالم.", [("اليوم", "2024-02-12")]),
])
def test_day_noun(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2024-02-12")] == want
