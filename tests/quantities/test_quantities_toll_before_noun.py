"""A toll written before the noun it counts, after "إلى" ("ليرتفع إلى 121 عدد الفلسطينيين الذين
قتلوا"), counts people with the noun's or its relative clause's category (audit U27)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وبذلك يرتفع إلى 121 عدد المدنيين الذين قتلوا بنيران الجيش.", [(121, "killed")]),
    ("ليرتفع إلى ثلاثة عدد النشطاء الذين قتلوا في القصف.", [(3, "killed")]),
    # must not fire: things counted; no "إلى" before the number
    ("وارتفع إلى 15 عدد المنازل التي دمرت.", []),
    ("وقالت الوزارة إن 15 عدد غير دقيق.", []),
    # a penalty asked for is no killing ("عقوبة الإعدام بحق خمسة نشطاء": people sentenced, §2.7)
    ("وأوصت النيابة باستصدار عقوبة الإعدام بحق خمسة نشطاء حقوقيين.", [(5, "other")]),
])
def test_toll_before_noun(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
