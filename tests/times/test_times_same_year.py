"""A month or day read from the publication, then "من العام نفسه/ذاته", takes the year told
last before it (audit U37: «في مارس 2017 … وفي أبريل من العام نفسه» is April 2017, not the
publication year)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وفي مارس 2017 انسحب المقاتلون من الحي. وفي أبريل من العام نفسه أجلي آلاف المدنيين.",
     [("مارس 2017", "2017-03"), ("أبريل من العام نفسه", "2017-04")]),
    ("سيطر الجيش على المدينة في العاشر من تموز/يوليو 2016، ثم على الريف في نهاية شهر آب/أغسطس من العام ذاته.",
     [("العاشر من تموز/يوليو 2016", "2016-07-10"), ("شهر آب/أغسطس من العام ذاته", "2016-08")]),
    ("وقعت الهدنة العام الماضي، ثم انهارت في 12 مايو من نفس العام.",
     [("العام الماضي", "2023"), ("12 مايو من نفس العام", "2023-05-12")]),
    # must not fire: no year told before (the publication reading stands), a duration is no
    # year, a weekday or month placed in the publication year tells none
    ("وفي أبريل من العام نفسه أجلي آلاف المدنيين.", [("أبريل", "2024-04")]),
    ("واستمر الحصار تسعة أشهر، حتى أبريل من العام نفسه.", [("تسعة أشهر", "P9M"), ("أبريل", "2024-04")]),
    ("قصف الجيش البلدة الأحد، وفي يناير من العام نفسه.", [("الأحد", "2024-05-12"), ("يناير", "2024-01")]),
])
def test_same_year(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2024-05-14")] == want
