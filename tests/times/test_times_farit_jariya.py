"""Modifiers missed before (held-out U50): Tunisian الفارط/الفارطة ("past": "الأسبوع الفارط",
"الخميس الفارط", "جانفي الفارط") and الجارية for the feminine السنة ("السنة الجارية" = this year)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت الوزيرة إنه سيتم السنة الجارية إعداد قسم جديد.", [("السنة الجارية", "2017", "year")]),
    ("وشهدت المدينة الأسبوع الفارط إضرابا عاما.", [("الأسبوع الفارط", "2017-01-23", "week")]),
    ("وزار الوزير الولاية الخميس الفارط.", [("الخميس الفارط", "2017-02-02", "day")]),
    ("وأمضى الفريق شهر جانفي الفارط في تونس.", [("شهر جانفي الفارط", "2017-01", "month")]),
    ("وتراجعت الأسعار في السنة الفارطة.", [("السنة الفارطة", "2016", "year")]),
    # unchanged: the masculine forms
    ("وفي العام الجاري والشهر الماضي.", [("العام الجاري", "2017", "year"), ("الشهر الماضي", "2017-01", "month")]),
])
def test_farit_jariya(run_times, text, want):
    assert [(t.text, t.value, t.precision) for t in run_times(text, "2017-02-05")] == want
