"""Numbers that count no people (audit U62): the عشر of a compound ordinal ("المركز الثالث عشر"),
a rank with a scope adverb that ends like a demonym ("المركز 45 عالميا" is no 45 people), and
أُخَر, the plural "other" of things, after 3–10 ("في أربع أخر": four other provinces)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وتحتل البلاد المركز الثالث عشر عالميا في جودة التعليم.",
    "وجاءت المدينة في المرتبة الحادية عشرة بين العواصم.",
    "واحتل المنتخب المركز 45 عالميا في التصنيف الأخير.",
    "وتصدرت القائمة في ست ولايات، وحلت ثانية في خمس أخر.",
])
def test_no_count(run_quantities, text):
    assert [q.text for q in run_quantities(text)] == []


@pytest.mark.parametrize("text,want", [
    ("وقتل عشرة أشخاص في الهجوم.", [("عشرة أشخاص", 10, "killed")]),
    ("وقتل 13 كرديا في القصف.", [("13 كرديا", 13, "killed")]),
    ("وأصيب ثلاثة آخرون بجروح.", [("ثلاثة آخرون", 3, "injured")]),
])
def test_counts_kept(run_quantities, text, want):
    assert [(q.text, q.value, q.category) for q in run_quantities(text)] == want
