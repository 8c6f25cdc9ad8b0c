"""A name after a settlement word is a place (audit U52: "منزله القريب من بلدة كوربس كريستي" tagged a
person)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_name_after_a_town_word_is_a_place():
    doc = run("ونقل الرجل من منزله القريب من بلدة كورتلاند سبرينغز إلى المستشفى",
              {"كورتلاند": "B-PER", "سبرينغز": "I-PER"}, NAMES)
    assert mentions(doc) == [("كورتلاند سبرينغز", "LOC")]


def test_a_person_after_another_word_stays():  # must not fire
    doc = run("ونقل الرجل من منزله القريب من صديقه كورتلاند سبرينغز إلى المستشفى",
              {"كورتلاند": "B-PER", "سبرينغز": "I-PER"}, NAMES)
    assert mentions(doc) == [("كورتلاند سبرينغز", "PER")]


def test_a_name_after_a_delegation_word_is_a_place():
    # Tunisia's delegations are often named after a saint (سيدي …): a place, not a man (audit U60)
    doc = run("وأوقف الحرس موظفا من معتمدية سيدي عمار بولاية القصرين",
              {"سيدي": "B-PER", "عمار": "I-PER"}, NAMES)
    assert ("سيدي عمار", "LOC") in mentions(doc)


def test_a_name_after_a_border_crossing_is_a_place():
    # "منفذ" and "معبر" name crossings, named after their town (audit U60: "منفذ سلوى" was a woman)
    doc = run("وعبر آلاف المسافرين منفذ نادية الحدودي أمس", {"نادية": "B-PER"}, NAMES)
    assert mentions(doc) == [("نادية", "LOC")]
