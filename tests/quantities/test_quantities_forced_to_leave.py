"""A count followed by اضطر ("was forced") and a noun of leaving home ("لترك ديارها", "إلى
النزوح") is displaced: "وإن مئات الأسر اضطرت لترك ديارها" (audit U62: it was "other")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال المسؤول إن مئات الأسر اضطرت لترك ديارها والانتقال إلى المدينة.", [("مئات الأسر", "displaced")]),
    ("وإن 300 عائلة اضطرت إلى ترك منازلها.", [("300 عائلة", "displaced")]),
    ("وإن 300 عائلة اضطرت للنزوح.", [("300 عائلة", "displaced")]),
    # unchanged: forced to do something else
    ("وإن 300 عائلة اضطرت لبيع منازلها.", [("300 عائلة", "other")]),
])
def test_forced_to_leave(run_quantities, text, want):
    assert [(q.text, q.category) for q in run_quantities(text)] == want
