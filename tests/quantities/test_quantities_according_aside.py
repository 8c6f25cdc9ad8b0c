"""An attribution aside "، وفق X،" between the cue and the count does not open a new clause
(وفق is no clause-joining و) (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("شنت القوات الأمنية حملة اعتقالات طالت، وفق ناشطين، عشرات الأشخاص الذين شاركوا في الاحتجاجات.",
     [("عشرات الأشخاص", "arrested")]),
    # must not fire: a real "، و" clause with its own cue; a count with no cue
    ("قتل جنديان، وفقا لمصادر طبية، وأصيب 5 آخرون.", [("جنديان", "killed"), ("5 آخرون", "injured")]),
    ("اعتقلت الشرطة رجلا في الحي، وأنقذت 30 شخصا من الحريق.", [("30 شخصا", "other")]),
])
def test_according_aside(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
