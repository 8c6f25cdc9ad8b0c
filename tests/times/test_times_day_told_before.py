"""A day and month named again with no year takes the date the text fixed for it before, by a
year or by المقبل/الماضي (audit U56, ant-CN-internationalNews-36: «الرابع من يوليو/ تموز
المقبل» was 2018-07-04 and the later bare «الرابع من يوليو/تموز» 2017-07-04)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("قد يقام العرض في الرابع من يوليو المقبل. وقال إن العرض قد يتزامن مع عيد الاستقلال في الرابع من يوليو.",
     [("الرابع من يوليو المقبل", "2018-07-04"), ("الرابع من يوليو", "2018-07-04")]),
    ("وقعت الحادثة في 9 نوفمبر 2016، وفي 9 نوفمبر خرج المحتجون إلى الشوارع.",
     [("9 نوفمبر 2016", "2016-11-09"), ("9 نوفمبر", "2016-11-09")]),
    # must not fire: another day of the same month, a day named first bare
    ("قد يقام العرض في الرابع من يوليو المقبل أو في 10 يوليو.",
     [("الرابع من يوليو المقبل", "2018-07-04"), ("10 يوليو", "2017-07-10")]),
    ("وفي الرابع من يوليو أقيم العرض. وسيقام عرض آخر في الرابع من يوليو المقبل.",
     [("الرابع من يوليو", "2017-07-04"), ("الرابع من يوليو المقبل", "2018-07-04")]),
])
def test_day_told_before(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2018-02-26")] == want
