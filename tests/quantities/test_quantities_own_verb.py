"""A count right after إن/أن with a plural casualty verb right after it (and its qualifier)
takes that verb's category, not a cue of another clause (audit U37: «إن خمسة جنود قُتلوا وإن
ستة آخرين اصيبوا» counts six injured; «إن 27 شخصا على الأقل قتلوا وأصيب عشرات» 27 killed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال الطبيب إن أربعة عمال قتلوا وإن سبعة آخرين أصيبوا في الانفجار.",
     [("أربعة عمال", "killed"), ("سبعة آخرين", "injured")]),
    ("وقال شهود إن 19 شخصا على الأقل قتلوا وأصيب عشرات في القرية.",
     [("19 شخصا على الأقل", "killed"), ("عشرات", "injured")]),
    ("وقال سكان إن 27 شخصًا على الاقل قتلوا وأصيب عشرات في البلدة.",
     [("27 شخصًا على الاقل", "killed"), ("عشرات", "injured")]),
    ("وأفاد المسعفون بأن تسعة مدنيين جرحوا في القصف.", [("تسعة مدنيين", "injured")]),
    # must not fire: the count is a verb's object (the verb after it may be active), the verb
    # is not right after the count, a casualty noun keeps its own category
    ("واعتقلت الشرطة ثلاثة أشخاص قتلوا شرطيا في المدينة.", [("ثلاثة أشخاص", "arrested")]),
    ("وقالت الشرطة إن ثمانية مهاجرين وصلوا إلى الشاطئ.", [("ثمانية مهاجرين", "other")]),
    ("وقال المسؤول إن 12 قتيلا اصيبوا بالرصاص.", [("12 قتيلا", "killed")]),
])
def test_own_verb_after_count(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
