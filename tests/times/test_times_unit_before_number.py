"""A bare unit word before a number names that year or month, it is no duration of one unit
(audit U48): "خلال عام 1436" (a Hijri year written without هـ) is not P1Y — it is that Hijri
year (test_times_hijri_year_unmarked)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وراجع 300 شاب العيادة خلال عام 1436 للإقلاع عن التدخين.", [("عام 1436", "2014-10")]),
    # must keep: a year the year rule reads, a one-year duration
    ("واستمر المشروع خلال عام 2014.", [("عام 2014", "2014")]),
    ("وبقي في السجن لمدة عام، ثم خرج.", [("عام", "P1Y")]),
])
def test_unit_before_number(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-25")] == want
