"""Held-out U50: "عام 2016 في المستشفى" is a year (only "في المئة/المائة" after a number makes it a
percentage)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتوفي اللاعب (22 عاما) عام 2016 في المستشفى.", [("عام 2016", "2016")]),
    ("وقع الحادث في عام 2014 في المدينة.", [("عام 2014", "2014")]),
    # must not fire: a percentage
    ("وارتفعت النسبة إلى 2014 في المائة.", []),
    ("وبلغت الزيادة عام 2015 في المئة من الحالات.", []),
])
def test_year_and_paragraph_day(run_times, text, want):
    assert [(t.text, t.value) for t in run_times(text, "2015-07-22")] == want
