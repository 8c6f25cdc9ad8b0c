"""A body's type word and one adjective of kind is a description, not a name (SPEC 2.1; audit
U58: "جامعة ألمانية" and "للمنظمة الدولية", the UN referred back to, were ORG)."""
from __future__ import annotations

from rasd.stages.ner.descriptions import kind_of_body
from tests.stages.test_ner import mentions, run

TYPES = {"فرنسية": "NAT", "الفرنسية": "NAT", "كولومبية": "LOCB"}


def test_indefinite_type_word_and_nisba_is_no_name():
    doc = run("وتعتزم شركة فرنسية بناء مصنع في المدينة",
              {"شركة": "B-ORG", "فرنسية": "I-ORG"}, TYPES)
    assert mentions(doc) == []
    doc = run("وقدمت ومنظمة خيرية مساعدات للأسر", {"ومنظمة": "B-ORG", "خيرية": "I-ORG"})
    assert mentions(doc) == []


def test_definite_type_word_and_reach_is_no_name():
    doc = run("وطالب المتحدث باسم الوكالة الدولية بالتحقيق", {"الوكالة": "B-ORG", "الدولية": "I-ORG"})
    assert mentions(doc) == []
    doc = run("ودعا رئيس للمنظمة الأممية إلى الهدوء", {"للمنظمة": "B-ORG", "الأممية": "I-ORG"})
    assert mentions(doc) == []


def test_names_stay():  # must not fire
    doc = run("ويدرس في جامعة أكسفورد منذ عامين", {"جامعة": "B-ORG", "أكسفورد": "I-ORG"})
    assert ("جامعة أكسفورد", "ORG") in mentions(doc)
    doc = run("وأعلنت المنظمة الدولية للهجرة الرقم",
              {"المنظمة": "B-ORG", "الدولية": "I-ORG", "للهجرة": "I-ORG"})
    assert ("المنظمة الدولية للهجرة", "ORG") in mentions(doc)
    assert not kind_of_body(["جامعة", "الفرنسية"])  # definite adjective: another shape
    assert not kind_of_body(["جامعة", "كولومبية"], lambda w: frozenset({"LOCB"}))  # a listed place
    assert not kind_of_body(["المنظمة", "العربية"])  # not an adjective of reach
    assert not kind_of_body(["شركة", "أمريكية", "كبرى"])  # three words
