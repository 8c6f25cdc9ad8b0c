""""بعد غد الاثنين" is one time: the day after tomorrow with its weekday, or the day after the
paper's when the story was written a day early (as "غدا الأحد"); a future verb of opening
(سيدشن) puts a bare weekday ahead (audit U58)."""
from __future__ import annotations

import pytest


# 2015-07-26 is a Sunday
@pytest.mark.parametrize("text,want", [
    ("وينتظر الأهالي افتتاح السوق الجديد بعد غد الثلاثاء.", [("بعد غد الثلاثاء", "2015-07-28")]),
    ("وينتظر الأهالي افتتاح السوق الجديد بعد غد الاثنين.", [("بعد غد الاثنين", "2015-07-27")]),
    ("وسيدشن المحافظ المستشفى الجديد يوم الأربعاء.", [("يوم الأربعاء", "2015-07-29")]),
    # must not fire: the day after tomorrow alone; a past weekday
    ("ويصل الوفد بعد غد إلى العاصمة.", [("بعد غد", "2015-07-28")]),
    ("ودشن المحافظ المستشفى الجديد يوم الأربعاء.", [("يوم الأربعاء", "2015-07-22")]),
])
def test_after_tomorrow_weekday(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2015-07-26")]
    assert got == want
