"""A person's name written with a hyphen and no spaces is one name (audit qtq42: "كيم جونغ-أون"
read as كيم جونغ): the tagger stops at the hyphen, or tags the second half as a name of its own."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_the_hyphenated_half_joins_the_person():
    doc = run("والتقى الزعيم كيم جونغ-أون الوفد أمس", {"كيم": "B-PER", "جونغ": "I-PER"}, NAMES)
    assert mentions(doc) == [("كيم جونغ-أون", "PER")]


def test_a_half_tagged_alone_is_absorbed():
    doc = run("وقالت الوزيرة تشوي سون-هوي إن الوفد وصل",
              {"تشوي": "B-PER", "سون": "I-PER", "هوي": "B-PER"}, NAMES)
    assert mentions(doc) == [("تشوي سون-هوي", "PER")]


def test_a_dash_before_a_function_word_or_between_places_stays_out():
    # must not fire: a dash opening an aside before a preposition
    doc = run("وقالت سامية بوردة-في أي خطوة- إن الوفد وصل", {"سامية": "B-PER", "بوردة": "I-PER"}, NAMES)
    assert mentions(doc) == [("سامية بوردة", "PER")]
    # must not fire: two places joined by a hyphen are two places
    doc = run("ووصل الوفد إلى معبر نابلس-رام الحدودي", {"نابلس": "B-LOC"}, NAMES)
    assert ("نابلس-رام", "LOC") not in mentions(doc)
    # must not fire: spaces around the dash
    doc = run("وقال سمير حداد - وهو وزير - إن الوفد وصل", {"سمير": "B-PER", "حداد": "I-PER"}, NAMES)
    assert mentions(doc) == [("سمير حداد", "PER")]
