"""A combined killed-and-injured toll after the verb pair with the purpose ل ("أدى لقتل وجرح
الآلاف") is no quantity, like "قتل وجرح" (SPEC §2.7; audit U27 N-4)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وتعرض الجيش لانفجارات مما أدى لقتل وجرح الآلاف.", []),
    ("ما أدى لمقتل وإصابة 45 من الجنود.", []),
    # must not fire: two counts, each with its own verb
    ("مما أدى لقتل 5 وجرح 10 آخرين.", [(5, "killed"), (10, "injured")]),
])
def test_combined_after_lam(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
