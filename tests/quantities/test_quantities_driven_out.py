"""A bare definite count driven out of its place (a verb of forcing before it, إلى/على and a noun of
leaving after it) counts the displaced: "مما دفع عشرات الآلاف إلى الخروج من المدينة"."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("واشتد القصف ليلا مما دفع عشرات الآلاف إلى الخروج من البلدة سيرا على الأقدام.",
     [(10000, "vague", "displaced")]),
    ("وأجبرت المعارك الآلاف على النزوح من قراهم في الريف الجنوبي.", [(1000, "vague", "displaced")]),
    ("واضطر المئات إلى ترك منازلهم بعد الفيضانات.", [(100, "vague", "displaced")]),
    # must not fire: out into the streets (a protest); leaving the country for work
    ("ودفعت الدعوة الآلاف إلى الخروج إلى الشوارع.", []),
    ("ودفعت الأزمة مئات الآلاف إلى مغادرة البلاد بحثا عن عمل.", []),
])
def test_driven_out_counts(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "qualifier", "category") == want
