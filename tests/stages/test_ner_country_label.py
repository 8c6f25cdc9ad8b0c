"""A country's name is a place (SPEC 2.1), whatever label the tagger gave it (audit U44:
"ساحل العاج" ORG with the bare code CIV; "دولة الإمارات العربية المتحدة" ORG beside
"الإمارات" LOC). A quoted name («الرياض», the paper) and a demonym alone keep their label."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = {**NAMES, "فرنسا": "LOCB", "الكويت": "LOCB", "الأمريكي": "NAT"}


def test_a_country_tagged_org_is_a_place():
    doc = run("وشاركت فرنسا في القمة", {"فرنسا": "B-ORG"}, _NAMES)
    assert mentions(doc) == [("فرنسا", "LOC")]


def test_a_country_after_its_state_word_is_a_place():
    doc = run("وحذرت الوزارة دولة الكويت من التصعيد", {"دولة": "B-ORG", "الكويت": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("الكويت", "LOC")]  # the descriptor comes off, as for a place


def test_a_quoted_name_keeps_its_label():  # must not fire: «الكويت» in quotation marks is a paper
    doc = run("وقال المصدر لـ«الكويت» إن الوفد وصل", {"الكويت": "B-ORG"}, _NAMES)
    assert ("الكويت", "ORG") in mentions(doc)
