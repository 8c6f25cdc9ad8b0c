"""An age raised or lowered from one number to another ("رفع السن الأدنى للزواج من 14 إلى 16
سنة", "سن الرضا (…) من 13 إلى 16 سنة") is an age, not a duration (SPEC §2.7; audit U54,
saudinewsnet-2015-07-24-00072)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقرر البرلمان رفع السن الأدنى القانونية للعمل من 15 إلى 18 سنة.", []),
    ("وخفضت الحكومة سن الاقتراع (في الانتخابات المحلية) من 18 إلى 16 عاما.", []),
    # must not fire: a span of service or of time with no age word
    ("وتم تمديد الخدمة العسكرية من 2 إلى 3 سنوات.", ["P3Y"]),
])
def test_age_changed(run_times, text, want):
    assert [t.value for t in run_times(text, "2019-03-05")] == want
