""""يستعد/تستعد" (prepares for) before a bare weekday puts the day ahead (audit U37 SK-2647:
«يستعد الرئيس لقمة … الاثنين» in a Sunday paper is the next day, not six days back)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,word,value", [
    ("يستعد الرئيس لقمة رسمية تجمعه بنظيره، الاثنين، في العاصمة.", "2018-07-15", "الاثنين", "2018-07-16"),
    ("وتستعد المدينة للاحتفال بالعيد الوطني السبت.", "2018-07-13", "السبت", "2018-07-14"),
    # must not fire: the past verb (استعد), no planning verb
    ("واستعد الجيش للهجوم الذي بدأ الاثنين.", "2018-07-15", "الاثنين", "2018-07-09"),
    ("والتقى الرئيس نظيره الاثنين في العاصمة.", "2018-07-15", "الاثنين", "2018-07-09"),
])
def test_preparing_for_weekday(run_times, text, pub, word, value):
    got = [t.value for t in run_times(text, pub) if t.text.endswith(word)]
    assert got == [value]
