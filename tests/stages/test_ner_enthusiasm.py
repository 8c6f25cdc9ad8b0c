"""حماس the noun, enthusiasm, in a story with nothing of Palestine (audit U52: "حماس وإصرار مروان",
"سيصوتون «بحماس»" were the movement)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_hamas_the_noun_in_a_story_with_no_palestine():
    doc = run("وأكد المدرب أن حماس وإصرار اللاعب سيقودانه للتألق", {"حماس": "B-ORG"}, NAMES)
    assert mentions(doc) == []
    doc = run("وقال ثلثهم إنهم سيصوتون «بحماس» للمرشحة", {"بحماس": "B-ORG"}, NAMES)
    assert mentions(doc) == []


def test_hamas_the_movement_stays():  # must not fire
    doc = run("وأكدت حماس وفصائل أخرى في غزة رفضها للقرار", {"حماس": "B-ORG"}, NAMES)
    assert ("حماس", "ORG") in mentions(doc)
    doc = run("وأكد المتحدث أن حماس وافقت على المقترح", {"حماس": "B-ORG"}, NAMES)
    assert ("حماس", "ORG") in mentions(doc)
