""""مبلغ 100 ألف دولار من المريض الواحد": a definite noun and الواحد/الواحدة after من/عن/على/لكل
is a price or share per one, no count of one person (audit U52 follow-up: the patients added to
the noun list made "المريض الواحد" a count on news-dev)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وتقاضت العصابة مبلغ 100 ألف دولار من المريض الواحد.", []),
    ("وبلغت الكلفة ألف دينار على الشخص الواحد.", []),
    # must not fire: a count of one after a casualty cue
    ("وأصيب الطفل الواحد بجروح.", [("الطفل الواحد", 1, "injured")]),
])
def test_per_one(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "category") == want
