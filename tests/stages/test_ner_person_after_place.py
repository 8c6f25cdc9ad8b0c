"""An organisation chunk after في that is a place and then a bare person's name is split
(audit qtq27: "المسؤول في مكتب الإغاثة في أوتار براديش تي بي غوبتا" read as one ORG)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"كارناتاكا": "LOCB", "راو": "PERT", "تايمز": "ORG", "أنوار": "LOCS", "مقداد": "PERT"}
_ORG = {"كارناتاكا": "B-ORG", "كيه": "I-ORG", "إس": "I-ORG", "راو": "I-ORG"}


def test_a_person_after_the_place_of_his_office_is_split_off():
    got = mentions(run("وقال المسؤول في مكتب الإغاثة في كارناتاكا كيه إس راو إن الوضع صعب", _ORG, _NAMES))
    assert got == [("كارناتاكا", "LOC"), ("كيه إس راو", "PER")]


def test_other_organisations_after_a_place_are_left():
    # must not fire: not after في; a definite rest (a bank); a one-word rest
    got = mentions(run("وقال المسؤول إن كارناتاكا كيه إس راو وصلت", _ORG, _NAMES))
    assert got == [("كارناتاكا كيه إس راو", "ORG")]
    tags = {"كارناتاكا": "B-ORG", "الأهلي": "I-ORG", "راو": "I-ORG"}
    got = mentions(run("ويعمل في كارناتاكا الأهلي راو منذ سنوات", tags, _NAMES))
    assert got == [("كارناتاكا الأهلي راو", "ORG")]
    got = mentions(run("ونشر مقالا في كارناتاكا تايمز أمس", {"كارناتاكا": "B-ORG", "تايمز": "I-ORG"}, _NAMES))
    assert got == [("كارناتاكا تايمز", "ORG")]
    # nor after a listed village only (a group named with a village's word)
    tags = {"أنوار": "B-ORG", "بيت": "I-ORG", "مقداد": "I-ORG"}
    got = mentions(run("وانضم إلى القتال في أنوار بيت مقداد آخرون", tags, _NAMES))
    assert got == [("أنوار بيت مقداد", "ORG")]


def test_an_organisation_opened_by_its_head_noun_is_left():
    # held-out U28: "في جامعة جونز هوبكنز" is the university (جامعة is also a listed place word)
    names = {"جامعة": "LOCB", "هوبكنز": "PERT"}
    tags = {"جامعة": "B-ORG", "جونز": "I-ORG", "هوبكنز": "I-ORG"}
    got = mentions(run("وقال باحث في جامعة جونز هوبكنز إن الدراسة جديدة", tags, names))
    assert got == [("جامعة جونز هوبكنز", "ORG")]
