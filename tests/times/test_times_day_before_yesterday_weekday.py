""""أول (من) أمس الأحد" is one time, the day before yesterday with its weekday; البارحة is
yesterday, but not in a comparison ("أقوى من البارحة") (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وكان الوزير قد أكد أول أمس الأحد أن الحكومة لا تتحمل الأخطاء.", [("أول أمس الأحد", "2015-08-09")]),
    ("وقال الوزير أول من أمس الأحد إن الحكومة مستمرة.", [("أول من أمس الأحد", "2015-08-09")]),
    ("واستهدفت الطائرات المدنيين ليلة البارحة في المدينة.", [("ليلة البارحة", "2015-08-10")]),
    ("ووصلت القوات البارحة إلى المدينة.", [("البارحة", "2015-08-10")]),
    # must not fire: yesterday with its weekday; the day before yesterday alone; a comparison
    ("وقال الوزير أمس الاثنين إن الحكومة مستمرة.", [("أمس الاثنين", "2015-08-10")]),
    ("وقال الوزير أول من أمس إن الحكومة مستمرة.", [("أول من أمس", "2015-08-09")]),
    ("وكتبت: أنا أقوى بكثير من البارحة.", []),
])
def test_day_before_yesterday_and_bariha(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2015-08-11")]
    assert got == want
