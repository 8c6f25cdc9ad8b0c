"""A type word (منظمة، وكالة، مؤسسة) before a name the actor list has alone stays outside the
mention, as قناة or حركة do (SPEC 2.7; audit U56: "منظمة اليونيسف" → اليونيسف)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_the_listed_name_is_the_mention():
    got = mentions(run("وقالت منظمة اليونيسف إن الأطفال يعانون", {"منظمة": "B-ORG", "اليونيسف": "I-ORG"}))
    assert got == [("اليونيسف", "ORG")]
    got = mentions(run("وذكرت وكالة رويترز أن الوفد وصل", {"وكالة": "B-ORG", "رويترز": "I-ORG"}))
    assert got == [("رويترز", "ORG")]


def test_a_name_that_is_a_word_keeps_its_type():
    # must not fire: التحرير alone is a word (liberation), not the PLO
    got = mentions(run("وقالت منظمة التحرير إن الاتفاق انتهى", {"منظمة": "B-ORG", "التحرير": "I-ORG"}))
    assert got == [("منظمة التحرير", "ORG")]
