""""3ر1 مليون" (the Petra and KUNA style): ر is the decimal point, the digits stored in reverse —
1.3 million, not "1 مليون" (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("ونزح 5ر2 مليون شخص من المنطقة منذ بداية الحرب.", [("5ر2 مليون شخص", 2500000, "exact", "displaced")]),
    ("وتستضيف البلاد نحو 4ر86 ألف لاجئ.", [("نحو 4ر86 ألف لاجئ", 86400, "about", "displaced")]),
    # unchanged: a point or a comma
    ("ونزح 2.5 مليون شخص من المنطقة.", [("2.5 مليون شخص", 2500000, "exact", "displaced")]),
])
def test_ra_decimal(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
