""""أجلي مئات السكان", "نزح آلاف الأهالي": residents after a vague number are counted people,
as "300 من السكان" already were (audit U64)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأجلي مئات السكان من الجزيرة بسبب البركان.", [("مئات السكان", 100, "vague", "displaced")]),
    ("ونزح آلاف الأهالي من البلدة خلال الليل.", [("آلاف الأهالي", 1000, "vague", "displaced")]),
    ("وأصيب عشرات السكان بالاختناق جراء الدخان.", [("عشرات السكان", 10, "vague", "injured")]),
    # with no cue, a count of other people, as "300 من السكان"
    ("ويعيش آلاف السكان في المدينة القديمة.", [("آلاف السكان", 1000, "vague", "other")]),
])
def test_residents(run_quantities, text, want):
    assert [(q.text, q.value, q.qualifier, q.category) for q in run_quantities(text)] == want
