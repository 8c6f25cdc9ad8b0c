"""An organisation chunk that runs a listed group with its own id into a listed city or country
is the group and the place (audit ent41: "مسؤولين في حماس إسرائيل قالت" gave ORG «حماس إسرائيل»,
also as an event's actor and a quote's speaker)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, إسرائيل="LOCB", الكردي="LOCS|LOCB", دبي="LOCB")


def test_a_group_run_into_a_country_is_split():
    doc = run("وقال مسؤولون في حماس إسرائيل إن الوفد وصل", {"حماس": "B-ORG", "إسرائيل": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("حماس", "ORG"), ("إسرائيل", "LOC")]


def test_an_adjective_or_a_generic_body_keeps_its_word():
    # must not fire: an adjective that a village is also called
    doc = run("وقال مسؤولون في حماس الكردي إن", {"حماس": "B-ORG", "الكردي": "I-ORG"}, _NAMES)
    assert mentions(doc) == [("حماس الكردي", "ORG")]
    # must not fire: a generic body (no group id) before its city
    doc = run("وقالت شرطة دبي إن الوفد وصل", {"شرطة": "B-ORG", "دبي": "I-ORG"}, _NAMES)
    assert ("دبي", "LOC") not in mentions(doc)
