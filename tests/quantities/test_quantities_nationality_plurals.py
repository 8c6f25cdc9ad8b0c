"""Broken plurals of nationalities and foreigners are counted nouns, and اغتيل/اغتال/اغتيال
(assassinated) is a killed cue (audit U37 FR-2563: «اغتيل ثلاثة روس كانوا يحملون بطاقات
صحفية» was missed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("اغتيل ثلاثة روس كانوا يحملون بطاقات صحفية قرب المدينة.", [("ثلاثة روس", 3, "killed")]),
    ("وقتل خمسة أجانب في الهجوم على الفندق.", [("خمسة أجانب", 5, "killed")]),
    ("واعتقلت الشرطة 12 أفغان في المدينة.", [("12 أفغان", 12, "arrested")]),
    ("واغتال مسلحون أربعة ضباط في المدينة.", [("أربعة ضباط", 4, "killed")]),
    # must not fire: the word not after a number; no cue (weak); an attempt kills no one
    ("وأعرب عشرات الأكراد عن سعادتهم بالحكم.", []),
    ("وقال مسؤولون روس إن الوضع هادئ.", []),
    ("ووجهت لهم تهمة محاولة اغتيال ثلاثة ضباط.", [("ثلاثة ضباط", 3, "other")]),
])
def test_nationality_plurals(run_quantities, text, want):
    assert [(q.text, q.value, q.category) for q in run_quantities(text)] == want
