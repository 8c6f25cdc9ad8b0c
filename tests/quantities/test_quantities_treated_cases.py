"""Cases that health facilities treated ("المرافق الصحية عالجت 12 حالة بينها أربعة أطفال") are
the injured, and the subset after بينها shares their category (audit U48 N6)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وقالت الجمعية إن المرافق الصحية في البلدة عالجت 12 حالة بينها أربعة أطفال تظهر عليهم عوارض التعرض لمادة سامة.",
     [(12, "injured"), (4, "injured")]),
    # must not fire: cases of an illness
    ("وعالجت المراكز الصحية 30 حالة كوليرا خلال الأسبوع.", []),
])
def test_treated_cases(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
