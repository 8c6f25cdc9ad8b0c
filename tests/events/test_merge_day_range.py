"""Mentions dated by a range of days («ليل الاثنين الثلاثاء»: date … date_end, precision day)
and by one day inside it may name one happening, as a week range and a day inside it already
may (audit U37 FR-1599: the night range split one REQUEST event in two)."""
from __future__ import annotations

import pytest

from rasd.model.record import Event, TimeExpr
from rasd.model.span import Span
from rasd.stages.event_merge import dates_agree


def _ev(date, date_end=None, precision="day"):
    return Event("v", "ASSAULT", "other", Span(0, 4, "قتل"), date=date, date_end=date_end,
                 time_precision=precision)


@pytest.mark.parametrize("a,b,want", [
    (_ev("2024-05-13", "2024-05-14"), _ev("2024-05-14"), True),
    (_ev("2024-05-13"), _ev("2024-05-13", "2024-05-14"), True),
    # must not fire: a day outside the range, two single days apart
    (_ev("2024-05-13", "2024-05-14"), _ev("2024-05-16"), False),
    (_ev("2024-05-13", "2024-05-14"), _ev("2024-05-12"), False),
    (_ev("2024-05-13"), _ev("2024-05-14"), False),
])
def test_day_range_agrees_with_day_inside(a, b, want):
    assert dates_agree(a, b) is want


def test_night_and_its_day_one_event(ev):
    text = ("اغتال مسلحون ثلاثة صحافيين ليل الاثنين الثلاثاء في حلب. "
            "وقالت الشرطة إن مسلحين اغتالوا الصحافيين الثلاثة يوم الثلاثاء في حلب.")
    doc = ev.make_doc(text, published="2024-05-15", places=[("حلب", 36.2, 37.16, "SY", "PPLA")])
    night, day = text.find("ليل الاثنين الثلاثاء"), text.find("يوم الثلاثاء")
    doc.times = [TimeExpr("t1", night, night + 20, text[night:night + 20], "range", "2024-05-13",
                          "2024-05-14", "day", "published"),
                 TimeExpr("t2", day, day + 12, text[day:day + 12], "date", "2024-05-14", None, "day",
                          "published")]
    kills = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [(e.date, e.date_end) for e in kills] == [("2024-05-13", "2024-05-14")]
