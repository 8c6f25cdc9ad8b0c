""""وحصدت الآلاف من المشاركات": after حصد (reaped, a killing cue in "حصد أرواح") a definite vague
number followed by من counts what was reaped — shares, votes — not the dead; the bare count
of people is not read (audit U52: 1000 killed in a story of protest banners)."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وتداولت الصورة مواقع التواصل وحصدت الآلاف من المشاركات.", []),
    ("وحصد المقطع العشرات من التعليقات الغاضبة.", []),
    # must not fire: people after من, another casualty verb
    ("وحصدت الحرب العشرات من المدنيين.", [("العشرات من المدنيين", 10, "vague", "killed")]),
    ("ونزح الآلاف من منازلهم.", [("الآلاف", 1000, "vague", "displaced")]),
])
def test_reaped_not_people(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "qualifier", "category") == want
