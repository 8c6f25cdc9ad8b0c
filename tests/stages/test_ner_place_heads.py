"""A foreign place name's head word that never stands alone and the place chunk after it are one
name (carried over to ent41: "ساوث وورك" gave ساوث and ورك, placed at Warwick)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_head_word_and_the_place_after_it_are_one_name():
    doc = run("قتل شخص في منطقة ساوث وورك أمس", {"ساوث": "B-LOC", "وورك": "B-LOC"}, NAMES)
    assert mentions(doc) == [("ساوث وورك", "LOC")]


def test_two_places_or_a_head_inside_a_longer_chunk_stay_apart():
    # must not fire: two places, neither a head word
    doc = run("زار الوفد نابلس لبنان أمس", {"نابلس": "B-LOC", "لبنان": "B-LOC"}, NAMES)
    assert mentions(doc) == [("نابلس", "LOC"), ("لبنان", "LOC")]
    # must not fire: a person after the head word
    doc = run("قال نيو وليد إن", {"نيو": "B-LOC", "وليد": "B-PER"}, NAMES)
    assert ("وليد", "PER") in mentions(doc)
