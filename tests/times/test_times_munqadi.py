"""المنقضي/المنقضية ("gone by", Tunisian and Gulf usage) places a unit or a month like الماضي:
"خلال الشهر المنقضي" is last month (audit U62: a campaign "خلال الشهر المنقضي" had no time)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ونفذت الفرق حملة أولى خلال الشهر المنقضي في الولاية.", [("الشهر المنقضي", "2016-10", "month")]),
    ("وتراجعت المبيعات في السنة المنقضية بشكل حاد.", [("السنة المنقضية", "2015", "year")]),
    ("وزار الوزير المدينة في سبتمبر المنقضي.", [("سبتمبر المنقضي", "2016-09", "month")]),
    # unchanged: المنقضي as a plain adjective after a noun that is no time unit
    ("وانتهت المهلة المنقضي أجلها دون اتفاق.", []),
])
def test_munqadi(run_times, text, want):
    assert [(t.text, t.value, t.precision) for t in run_times(text, "2016-11-23")] == want
