""""صباح غد", "مساء غد": a part of the day before the bare غد is tomorrow, as "يوم غد" is
(audit U48); the bare noun "الغد"/"للغد" (the future) stays no date."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ويستقبل المحافظ المهنئين صباح غد في مقر الإمارة.", [("صباح غد", "2015-07-22")]),
    ("وتصل البعثة مساء غد إلى العاصمة.", [("مساء غد", "2015-07-22")]),
    ("وسيعقد الاجتماع يوم غد في الرياض.", [("يوم غد", "2015-07-22")]),
    ("وتستأنف الدروس صباح غد الأربعاء في المدارس.", [("صباح غد الأربعاء", "2015-07-22")]),
    # must keep: the future as a noun
    ("ونعمل من أجل جيل الغد.", []),
])
def test_part_of_tomorrow(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-21")] == want
