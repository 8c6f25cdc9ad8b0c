"""Bare numbers (no counted noun) that count people (audit U27 N-3): after a casualty verb and a
qualifier ("وشرد نحو 3.5 مليون"), and before a plural casualty verb ("و79 جرحوا")."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("ضرب الزلزال المنطقة وشرد نحو 3.5 مليون، وخصوصا في الجبال.", [(3500000, "about", "displaced")]),
    ("وأصيب أكثر من 20 في الهجوم.", [(20, "more_than", "injured")]),
    ("قال الوزير إن 51 شخصا قتلوا، و79 جرحوا بينهم 56 طفلا.",
     [(51, "exact", "killed"), (79, "exact", "injured"), (56, "exact", "injured")]),
    ("أكدت الوكالة أن نحو 260 مقاتلا قتلوا ومئات جرحوا خلال أسبوع.",
     [(260, "about", "killed"), (100, "vague", "injured")]),
    # must not fire: a year before the verb; a qualifier after a verb that is no cue
    ("وفي عام 1990 قتلوا جميعا.", []),
    ("وزار الوزير نحو 30 في المدينة.", []),
])
def test_bare_counts(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "qualifier", "category") == want
