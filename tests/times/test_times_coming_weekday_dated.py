"""Audit U46: a bare weekday that the default reads as last week's moves to the coming one when
the article names that coming day by its date ("تشهد تركيا، الأحد، انتخابات" in a Saturday paper
that also says "24 يونيو الحالي", a Sunday)."""
from __future__ import annotations

import pytest

PUB = "2018-06-23"  # a Saturday


@pytest.mark.parametrize("text,value", [
    ("تشهد البلاد، الأحد، انتخابات رئاسية. وقدم الرئيس موعد الانتخابات إلى 24 يونيو الحالي.", "2018-06-24"),
    ("ويجتمع المجلس يوم الاثنين. وكان الاجتماع قد حدد في 25 يونيو.", "2018-06-25"),
    # must not fire: no dated coming day of that name; the past day itself dated
    ("قتل ثلاثة أشخاص الأحد في هجوم. وستعقد الجولة المقبلة في 30 يونيو.", "2018-06-17"),
    ("قتل ثلاثة أشخاص الأحد 17 يونيو في هجوم، وتعقد الجولة المقبلة في 24 يونيو.", "2018-06-17"),
])
def test_weekday(run_times, text, value):
    got = [t.value for t in run_times(text, PUB) if t.text.startswith(("الأحد", "يوم الاثنين"))]
    assert got[:1] == [value]


def test_nearer_past_day_stays(run_times):
    # a Friday paper: Wednesday two days back is nearer than the dated Wednesday ahead
    got = run_times("ووقعت الأربعاء مواجهات في المدينة. وتنتهي المهلة في 11 يوليو.", "2018-07-06")
    assert [t.value for t in got if t.text == "الأربعاء"] == ["2018-07-04"]
