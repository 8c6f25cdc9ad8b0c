""""أكثر من نصف السكان": a fraction alone is a share of a group, not a count of people; "نصف
مليون" keeps its value (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وفر أكثر من نصف المدنيين من المدينة المحاصرة.", []),
    ("وقتل ربع الركاب في الحادث.", []),
    # unchanged: a fraction of a number
    ("ونزح نصف مليون شخص من المدينة.", [("نصف مليون شخص", 500000, "exact", "displaced")]),
])
def test_share_of_group(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
