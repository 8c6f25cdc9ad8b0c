"""An organisation's chunk that ends in ب + a listed country is the body and where it is (audit
U48: "منظمة داعش بالسعودية" was one ORG): the place is a LOC mention of its own."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_the_place_after_b_leaves_the_organisation():
    doc = run("وكشفت الوزارة خلية لجماعة النور بالسعودية أمس",
              {"لجماعة": "B-ORG", "النور": "I-ORG", "بالسعودية": "I-ORG"}, NAMES)
    got = mentions(doc)
    assert ("السعودية", "LOC") in got and not any("السعودية" in m for m, lab in got if lab == "ORG")


def test_an_unlisted_word_stays():  # must not fire: no listed place after ب
    doc = run("وكشفت الوزارة خلية لجماعة النور بالمدينة أمس",
              {"لجماعة": "B-ORG", "النور": "I-ORG", "بالمدينة": "I-ORG"}, NAMES)
    assert [lab for m, lab in mentions(doc)] == ["ORG"]
