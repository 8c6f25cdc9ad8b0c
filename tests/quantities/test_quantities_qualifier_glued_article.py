"""A qualifier before a number carrying a glued article (held-out U50): "قرابة الـ250 ألف",
"نحو الـ30 شخصا", "أكثر من الـ20 شخصا" keep their qualifier and span (الـ is read past)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقتل نحو الـ30 شخصا في الهجوم.", [("نحو الـ30 شخصا", 30, "about", "killed")]),
    ("وأصيب أكثر من الـ20 شخصا في الحادث.", [("أكثر من الـ20 شخصا", 20, "more_than", "injured")]),
    ("ونزح قرابة الـ250 ألف شخص من المدينة.", [("قرابة الـ250 ألف شخص", 250000, "about", "displaced")]),
    # unchanged: no qualifier before the article
    ("وقتل الـ30 شخصا في الهجوم.", [("30 شخصا", 30, "exact", "killed")]),
])
def test_qualifier_before_glued_article(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
