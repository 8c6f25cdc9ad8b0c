"""A range whose closing word is «إلى غاية / ولغاية / وحتى / وإلى» is one range, as «من … إلى …»
already is (audit U56: «من يوم 16 اوت الى غاية يوم 18 اوت 2017», «من يوم السبت 19 اوت والى
غاية يوم الاثنين 21 اوت» came out as two dates)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("تفتح مكاتب التسجيل من يوم 3 مارس إلى غاية يوم 9 مارس 2024 أمام الجميع.",
     [("2024-03-03", "2024-03-09")]),
    ("ويمتد المعرض من 12 مارس ولغاية 20 مارس في العاصمة.",
     [("2024-03-12", "2024-03-20")]),
    ("وتقبل الطعون انطلاقا من يوم الأحد 10 مارس وإلى غاية يوم الخميس 14 مارس المقبل.",
     [("2024-03-10", "2024-03-14")]),
    ("تتواصل الحملة من 4 مارس وحتى 8 مارس.",
     [("2024-03-04", "2024-03-08")]),
    # must not fire: no "من" opening the span, or the second day before the first
    ("أجلت الجلسة يوم 3 مارس إلى غاية يوم 9 مارس.", None),
    ("من يوم 9 مارس إلى غاية يوم 3 مارس.", None),
])
def test_range_until(run_times, text, want):
    got = [(t.value, t.value_end) for t in run_times(text, "2024-02-20") if t.type == "range"]
    assert got == (want or [])
