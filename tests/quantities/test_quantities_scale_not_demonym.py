"""A number scale that looks like a demonym plural (تريليون، ترليون) counts money, not people
(held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وخصصت الحكومة 3.5 ترليون دينار عراقي لمشروعات الكهرباء.", []),
    ("ورصدت الوزارة 2 تريليون ريال للإعمار.", []),
    # must not fire: a demonym plural after a number still counts people
    ("وقتل 260 كرديا في الهجوم.", [("260 كرديا", 260, "killed")]),
    ("وأصيب خمسة سوريين في القصف.", [("خمسة سوريين", 5, "injured")]),
])
def test_scale_words_are_not_people(run_quantities, text, want):
    assert [(q.text, q.value, q.category) for q in run_quantities(text)] == want
