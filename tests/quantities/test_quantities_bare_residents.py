"""A bare number right after a displacement cue, followed by a verb of residing (يسكنون، يقيمون،
يعيشون، يقطنون), counts people: "أمراً بإجلاء أكثر من مليون يسكنون على امتداد الساحل" (audit U62:
the million evacuated was no count)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("أصدر الحاكم أمرا بإجلاء أكثر من مليون يسكنون على امتداد الساحل.",
     [("أكثر من مليون", 1000000, "more_than", "displaced")]),
    ("وأمرت السلطات بإجلاء 5 آلاف يقيمون قرب النهر.", [("5 آلاف", 5000, "exact", "displaced")]),
    # unchanged: no cue before the number
    ("ويعيش في المدينة مليون يسكنون الأحياء القديمة.", []),
])
def test_bare_residents(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
