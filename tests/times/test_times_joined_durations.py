""""ثلاث ساعات و54 دقيقة" is one duration, PT3H54M; "ساعة و42 دقيقة" PT1H42M: durations joined
by و add up when the second has the smaller unit (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال الفلكيون إن الكسوف سيستمر ساعتين و15 دقيقة فوق المحيط.", [("ساعتين و15 دقيقة", "PT2H15M")]),
    ("وأمضى الصحفي في الأسر عامين وثلاثة أشهر قبل الإفراج عنه.", [("عامين وثلاثة أشهر", "P2Y3M")]),
    ("واستغرقت الرحلة يوما و6 ساعات بسبب العاصفة.", [("يوما و6 ساعات", "P1DT6H")]),
    ("وستستغرق العملية ساعة و20 دقيقة تقريبا.", [("ساعة و20 دقيقة", "PT1H20M")]),
    # unchanged: a larger unit second; a date before the duration
    ("واستمر الحصار 20 دقيقة و3 ساعات أخرى.", [("20 دقيقة", "PT20M"), ("3 ساعات", "PT3H")]),
    ("ووصل الوفد يوم الخميس و10 أيام بعد ذلك غادر.", [("يوم الخميس", "2018-07-26"), ("10 أيام", "P10D")]),
])
def test_joined_durations(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2018-07-27")]
    assert got == want
