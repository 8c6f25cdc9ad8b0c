"""A university's name in quotation marks after "جامعة" is one ORG, the word and the name together, as
'حزب «…»' is (SPEC 2.1: universities are organisations; audit U52: 'بجامعة «هارفارد»' was the bare
type word جامعة and هارفارد apart)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_quoted_university_is_whole():
    doc = run("والتحق بكلية الطب بجامعة «ستانفورد» العالمية", {"بجامعة": "B-ORG", "ستانفورد": "B-ORG"}, NAMES)
    assert mentions(doc) == [("جامعة «ستانفورد»", "ORG")]


def test_an_unquoted_name_is_left_to_the_tagger():  # must not fire
    doc = run("وزار الوفد جامعة الدول العربية", {"جامعة": "B-ORG", "الدول": "I-ORG", "العربية": "I-ORG"}, NAMES)
    assert mentions(doc) == [("جامعة الدول العربية", "ORG")]
