"""A Hijri day range "من 12 إلى 24 شوال الجاري" is one range whose days count in the Hijri
month: the first end steps back from the resolved last day (audit U62: only "24 شوال الجاري"
was kept, a single day)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    # 1 Shawwal 1436 = 2015-07-17: 10 Shawwal = 07-26, 20 Shawwal = 08-05
    ("ويقام المعسكر خلال الفترة من 10 إلى 20 شوال الجاري في مدينة أبها.",
     [("من 10 إلى 20 شوال الجاري", "range", "2015-07-26", "2015-08-05")]),
    ("وتنظم الدورة بين 3 و7 شوال الجاري.", [("بين 3 و7 شوال الجاري", "range", "2015-07-19", "2015-07-23")]),
    # unchanged: a Gregorian day range
    ("ويقام المعسكر من 10 إلى 20 أغسطس المقبل.", [("من 10 إلى 20 أغسطس المقبل", "range", "2015-08-10", "2015-08-20")]),
])
def test_hijri_day_range(run_times, text, want):
    assert [(t.text, t.type, t.value, t.value_end) for t in run_times(text, "2015-07-20")] == want
