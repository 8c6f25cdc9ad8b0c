""""N إلى M noun", "N-M noun" with no بين/من before is one range (audit U37 BB-564: «إن 15 إلى
30 شخصا توفوا يوميا» was counted as 30 exactly); "N و M noun" stays two numbers."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت المنظمة إن 15 إلى 30 شخصا توفوا يوميا بسبب الجوع.", [("15 إلى 30 شخصا", 15, 30, "range", "killed")]),
    ("وأصيب 20-30 شخصا في الانفجار.", [("20-30 شخصا", 20, 30, "range", "injured")]),
    ("وقتل من 5 إلى 7 أشخاص في القصف.", [("من 5 إلى 7 أشخاص", 5, 7, "range", "killed")]),
    # must not fire: "و" joins two counts, not the ends of a range
    ("وقتل 10 و15 شخصا في هجومين.", []),
])
def test_range_no_opener(run_quantities, text, want):
    assert [(q.text, q.value, q.high, q.qualifier, q.category) for q in run_quantities(text)] == want
