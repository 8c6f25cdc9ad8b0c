"""A name right after the company word شركة is the company's, even a man's (audit U48: "شركة جو
برو", "شركة – بن لادن" were persons)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_a_name_after_sharika_is_an_organisation():
    doc = run("وعمل في شركة – سامي حداد سنوات", {"سامي": "B-PER", "حداد": "I-PER"})
    assert mentions(doc) == [("سامي حداد", "ORG")]
    doc = run("وقدمت شركة كامي برو نظاما جديدا", {"كامي": "B-PER", "برو": "I-PER"})
    assert mentions(doc) == [("كامي برو", "ORG")]


def test_a_man_after_a_comma_stays():  # must not fire: a clause apart
    doc = run("وعمل في الشركة، سامي حداد قال ذلك", {"سامي": "B-PER", "حداد": "I-PER"})
    assert mentions(doc) == [("سامي حداد", "PER")]
