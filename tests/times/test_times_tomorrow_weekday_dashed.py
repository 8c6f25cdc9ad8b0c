""""يوم غد -الاثنين-", "غدا (الأحد)": the weekday set off by dashes or brackets is the relative
day's own, one time; when it disagrees with the paper's date the named weekday wins (SPEC §2.7),
the day before the paper when the story waited two days (audit U62)."""
from __future__ import annotations

import pytest


# 2015-07-21 is a Tuesday
@pytest.mark.parametrize("text,want", [
    ("ويغادر الفريق الوطني يوم غد -الاثنين- إلى العاصمة.", [("يوم غد -الاثنين-", "2015-07-20")]),
    ("ويغادر الفريق الوطني غدا (الأربعاء) إلى العاصمة.", [("غدا (الأربعاء)", "2015-07-22")]),
    ("ويغادر الفريق الوطني غدا الاثنين إلى العاصمة.", [("غدا الاثنين", "2015-07-20")]),
    # must not fire: tomorrow alone; a weekday after a dash with no relative day
    ("ويغادر الفريق الوطني يوم غد إلى العاصمة.", [("يوم غد", "2015-07-22")]),
])
def test_tomorrow_weekday_dashed(run_times, text, want):
    got = [(t.text, t.value) for t in run_times(text, "2015-07-21")]
    assert got == want
