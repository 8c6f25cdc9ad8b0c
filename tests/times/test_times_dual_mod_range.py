"""A dual "المقبلين/الماضيين" after the second day of a range qualifies both days, and the
first day takes the closing day's year: "من 30 سبتمبر إلى 14 أكتوبر المقبلين" (audit U54)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,value,end", [
    ("تقام الدورة في الفترة من 28 سبتمبر إلى 12 أكتوبر المقبلين.", "2019-07-20", "2019-09-28", "2019-10-12"),
    ("أقيمت الدورة من 25 ديسمبر إلى 3 يناير الماضيين.", "2019-07-20", "2018-12-25", "2019-01-03"),
    ("أقيم المهرجان من 10 إلى 15 مايو الماضيين.", "2019-07-20", "2019-05-10", "2019-05-15"),
    # must not fire: a range with no modifier keeps its own reading
    ("أقيم المعرض من 2 إلى 9 مارس.", "2019-07-20", "2019-03-02", "2019-03-09"),
])
def test_dual_mod_range(run_times, text, pub, value, end):
    got = [(t.type, t.value, t.value_end) for t in run_times(text, pub)]
    assert got == [("range", value, end)]
