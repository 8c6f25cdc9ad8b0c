"""A Korean name is a family name and a two-syllable given name, written as three words: the
tagger's "كيم جونغ" runs on to the syllable it left out (audit U44 follow-up: "كيم جونغ أون"
split); a particle or a verb after it stays out."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = {**NAMES, "أون": "PERT|LOCS", "جونغ": "PERT"}


def test_the_left_out_syllable_joins_the_name():
    doc = run("والتقى الوفد الزعيم كيم جونغ أون في العاصمة", {"كيم": "B-PER", "جونغ": "I-PER"}, _NAMES)
    assert mentions(doc) == [("كيم جونغ أون", "PER")]


def test_a_syllable_tagged_alone_is_absorbed():
    doc = run("والتقى الوفد الزعيم كيم جونغ أون في العاصمة",
              {"كيم": "B-PER", "جونغ": "I-PER", "أون": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("كيم جونغ أون", "PER")]


def test_a_verb_or_a_particle_stays_out():  # must not fire
    doc = run("وقال كيم جونغ قال إنه سعيد", {"كيم": "B-PER", "جونغ": "I-PER"}, _NAMES)
    assert mentions(doc) == [("كيم جونغ", "PER")]
    doc = run("وقال مون جاي إن الاتفاق مهم", {"مون": "B-PER", "جاي": "I-PER"}, _NAMES)
    assert mentions(doc) == [("مون جاي", "PER")]
