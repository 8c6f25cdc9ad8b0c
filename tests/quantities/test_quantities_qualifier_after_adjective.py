""""على الأقل" after the counted noun and one nisba adjective still qualifies the count:
"أصيب مواطنان أميركيان على الأقل" is at least two (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأصيب صحفيان فرنسيان على الأقل في القصف.", [("صحفيان فرنسيان على الأقل", 2, "at_least", "injured")]),
    ("وقتل 12 جنديا أفغانيا على الأقل في الكمين.", [("12 جنديا أفغانيا على الأقل", 12, "at_least", "killed")]),
    # unchanged: the qualifier right after the noun; no qualifier after the adjective
    ("وقتل 12 جنديا على الأقل في الكمين.", [("12 جنديا على الأقل", 12, "at_least", "killed")]),
    ("وقتل 12 جنديا أفغانيا في الكمين.", [("12 جنديا", 12, "exact", "killed")]),
])
def test_qualifier_after_adjective(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
