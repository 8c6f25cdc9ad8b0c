"""A listed given name of four letters or more behind ب or ل comes off its letter when more name
words follow (audit U58: "ممثلة بياسر القحطاني", "الإخراج الأول لمحمد بن عطية"); the whole word
must be in no list, and a one-word mention keeps its letter."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, ياسر="PERF|PERT", أحمد="PERF|PERT", لبيب="PERT", بيب="PERT", جين="PERT")


@pytest.mark.parametrize("text, tagged, expected", [
    ("وتغيب عن المباراة لاعبون أبرزهم بياسر العتيبي بسبب الإصابة", {"بياسر": "B-PER", "العتيبي": "I-PER"},
     "ياسر العتيبي"),
    ("والفيلم من إخراج لأحمد بن سالم وإنتاج تونسي", {"لأحمد": "B-PER", "بن": "I-PER", "سالم": "I-PER"},
     "أحمد بن سالم"),
])
def test_the_letter_comes_off_a_given_name(text, tagged, expected):
    assert [m for m, _ in mentions(run(text, tagged, _NAMES))] == [expected]


@pytest.mark.parametrize("text, tagged, expected", [
    ("وقال لبيب الحداد إن الخطة جاهزة", {"لبيب": "B-PER", "الحداد": "I-PER"}, "لبيب الحداد"),  # listed whole
    ("وقالت لجين الهذلول إن الخطة جاهزة", {"لجين": "B-PER", "الهذلول": "I-PER"}, "لجين الهذلول"),  # جين no given name
])
def test_a_name_that_begins_with_the_letter_keeps_it(text, tagged, expected):
    assert [m for m, _ in mentions(run(text, tagged, _NAMES))] == [expected]
