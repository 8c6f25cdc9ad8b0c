"""A hyphenated given name before the rest of a person's name is one name (audit U44: "جان-فيليب
غودان" read as جان | فيليب غودان, two people); a one-word person named apart before a hyphen
stays apart ("قمة ترامب-كيم جونغ أون")."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_hyphenated_given_name_joins_the_rest():
    doc = run("وقال جان-لوك مارتان مدير الشركة إن الأرباح زادت",
              {"جان": "B-PER", "لوك": "B-PER", "مارتان": "I-PER"}, NAMES)
    assert mentions(doc) == [("جان-لوك مارتان", "PER")]


def test_a_person_named_apart_stays_apart():  # must not fire: the first word names a man elsewhere
    doc = run("وقال بوتين إن لقاء بوتين-كيم جونغ ناجح",
              {"بوتين": "B-PER", "كيم": "B-PER", "جونغ": "I-PER"}, NAMES)
    assert ("بوتين-كيم جونغ", "PER") not in mentions(doc)
