"""Conscripts and leaders are counted people (audit U44 N-1/N-2): "وأصيب ضابطان وسبعة مجندين",
"مصرع 6 قيادات ميدانية", "مقتل أربعة قادة"."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("وأصيب أربعة جنود وسبعة مجندين في الهجوم على الحاجز.",
     [("أربعة جنود", 4, "injured"), ("سبعة مجندين", 7, "injured")]),
    ("وأعلن الجيش مصرع 6 قيادات ميدانية من الجماعة في غارات ليلية.", [("6 قيادات", 6, "killed")]),
    ("قتل أربعة قادة من الفصيل في كمين قرب المدينة.", [("أربعة قادة", 4, "killed")]),
    # the neighbouring case: a count of leaders with no casualty cue stays a plain count
    ("وتضم الهيئة الجديدة 9 قيادات حزبية.", [("9 قيادات", 9, "other")]),
    # not people: no noun of people after the number
    ("وأصيب الحاجز بسبع قذائف.", []),
])
def test_conscripts_and_leaders(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "category") == want


@pytest.mark.parametrize("text,want", [
    # a definite number after a definite noun is its adjective: the indefinite noun after it is
    # the predicate ("القتلى الثمانية قيادات" = the eight dead are leaders), not what is counted
    ("ومن بين القتلى الستة قيادات ميدانية ومقاتلون.", [("القتلى الستة", 6, "killed")]),
    # kept: a definite number before an indefinite noun with no noun before it
    ("وأصيب الخمسة جنود في الهجوم.", [("الخمسة جنود", 5, "injured")]),
])
def test_definite_number_after_its_noun(run_quantities, text, want):
    assert fields_of(run_quantities(text), "text", "value", "category") == want
