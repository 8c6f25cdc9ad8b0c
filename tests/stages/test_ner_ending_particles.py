"""No name ends in a preposition of cause, time or scope (audit U50: "داخل الاتحاد الدولي للعبة
بسبب العدد الكبير" was the ORG "الاتحاد الدولي للعبة بسبب")."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_a_name_stops_before_bisabab():
    tags = {"منظمة": "B-ORG", "الصحة": "I-ORG", "العالمية": "I-ORG", "بسبب": "I-ORG"}
    doc = run("وتأخر قرار منظمة الصحة العالمية بسبب الخلافات", tags)
    assert mentions(doc) == [("منظمة الصحة العالمية", "ORG")]
    tags = {"سامي": "B-PER", "حداد": "I-PER", "خلال": "I-PER"}
    doc = run("وتحدث سامي حداد خلال المؤتمر", tags)
    assert mentions(doc) == [("سامي حداد", "PER")]


def test_a_name_stops_before_li_ayy():
    """"لأي" ("to any") ends a name, as a preposition does (audit U64: "مريم لأي فتاة")."""
    tags = {"سلمى": "B-PER", "لأي": "I-PER"}
    doc = run("ولا نريد أن يتكرر ما جرى مع سلمى لأي طالبة أخرى", tags)
    assert mentions(doc) == [("سلمى", "PER")]


def test_a_letter_name_ending_an_org_stays():  # must not fire
    tags = {"أي": "I-ORG", "بي": "B-ORG", "سي": "I-ORG"}
    doc = run("وقالت شبكة بي سي أي إن البث توقف", tags)
    assert ("بي سي أي", "ORG") in mentions(doc)
