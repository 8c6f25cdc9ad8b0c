"""A surname that begins with ب/ل keeps the letter when the article writes it after a given name
(audit qtq27, saudinewsnet-2015-08-11-00042: "وقال بلمار" read as لمار, a listed town)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, لمونتي="LOCB", ماريو="PERF")


def test_a_surname_written_after_a_given_name_keeps_its_first_letter():
    doc = run("وقال المدير ماريو بلمونتي إن الوفد وصل. وأضاف بلمونتي أن الاجتماع انتهى",
              {"ماريو": "B-PER", "بلمونتي": "I-PER"}, _NAMES)
    assert [m for m, _ in mentions(doc)] == ["ماريو بلمونتي", "بلمونتي"]


def test_a_preposition_still_comes_off_a_word_no_full_name_ends_in():
    # must not fire: the full name ends in the bare word (أردوغان), not in لأردوغان
    doc = run("وقال رجب أردوغان إن الوفد وصل. وقال مسؤول لأردوغان إن الاجتماع انتهى",
              {"رجب": "B-PER", "أردوغان": "I-PER", "لأردوغان": "B-PER"}, _NAMES)
    assert [m for m, _ in mentions(doc)] == ["رجب أردوغان", "أردوغان"]
    # must not fire: no full name in the article, the listed town behind the letter wins
    doc = run("قصف بلمونتي اليوم", {"بلمونتي": "B-LOC"}, _NAMES)
    assert [m for m, _ in mentions(doc)] == ["لمونتي"]
