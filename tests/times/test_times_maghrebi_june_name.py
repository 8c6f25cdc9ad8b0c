""""جوان" (Maghrebi June) is also a given name (audit U48: "كيم كي جوان"): alone it needs a
day, a year, a modifier or a preposition before it, like the other ambiguous month names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال نائب الوزير لي سونغ جوان إن المحادثات مثمرة.", []),
    ("والتقى المدرب باللاعب جوان لابورتا.", []),
    # must keep: a dated June, a June with a modifier, after a preposition
    ("وعقد الاجتماع يوم 16 جوان 2017 في تونس.", [("يوم 16 جوان 2017", "2017-06-16")]),
    ("وتوقف المشروع في جوان الماضي.", [("جوان الماضي", "2017-06")]),
    ("وانطلقت الدورة في جوان.", [("جوان", "2017-06")]),
])
def test_june_or_name(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2017-08-01")] == want
