"""A party named for its country ("حزب آفاق تونس", "حزب نداء تونس") is one organisation: its
country is part of the name, no place; a party the actor lexicon lists
without the word keeps its listed name (audit U60: "حزب افاق تونس" gave the place تونس)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, تونس="LOCB")


def test_the_country_after_the_party_word_and_a_noun_is_the_party_s():
    doc = run("وأعلن حزب فجر تونس دعمه للحكومة الجديدة", {"تونس": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("حزب فجر تونس", "ORG")]


def test_a_proclitic_on_the_party_word_stays_out():
    doc = run("وانضم النائب لحزب أمل تونس أمس", {"تونس": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("حزب أمل تونس", "ORG")]


def test_a_verb_or_a_particle_after_the_party_word_leaves_the_place():  # must not fire
    for text in ("وقال إن حزب يحكم تونس منذ سنوات", "وتأسس حزب في تونس أمس"):
        assert mentions(run(text, {"تونس": "B-LOC"}, _NAMES)) == [("تونس", "LOC")]


def test_a_listed_party_keeps_its_listed_name():  # must not fire: "نداء تونس" is listed
    doc = run("وأعلن حزب نداء تونس دعمه للحكومة", {"نداء": "B-ORG", "تونس": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("نداء تونس", "ORG")]
