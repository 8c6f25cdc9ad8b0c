""""يومي الاثنين والثلاثاء": the second weekday of a pair joined by و is the one after the
first, not the week-old day a bare weekday reads back to (audit U64)."""
from __future__ import annotations

import pytest


# 2018-02-26 is a Monday
@pytest.mark.parametrize("text,want", [
    ("ويتوقع خبراء الطقس أمطارا غزيرة يومي الاثنين والثلاثاء في الشمال.",
     [("الاثنين", "2018-02-26"), ("الثلاثاء", "2018-02-27")]),
    ("وتستمر العواصف يومي الاثنين و الأربعاء في المناطق الساحلية.",
     [("الاثنين", "2018-02-26"), ("الأربعاء", "2018-02-28")]),
    # must not fire: two past days already in order; weekdays not joined by و
    ("وشهدت المدينة مظاهرات يومي السبت والأحد.",
     [("السبت", "2018-02-24"), ("الأحد", "2018-02-25")]),
    ("وبدأت الأمطار الاثنين، وكانت قد توقفت الثلاثاء.",
     [("الاثنين", "2018-02-26"), ("الثلاثاء", "2018-02-20")]),
])
def test_joined_weekdays(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2018-02-26")]
    assert got == want
