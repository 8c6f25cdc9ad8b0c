"""A name of two words or more ending in an English club's last word (روفرز, يونايتد, واندررز …)
is the club, whatever the tagger said (audit U58: "من بلاكبيرن روفرز" was a man)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_a_club_is_an_organisation():
    doc = run("وتعاقد النادي مع المهاجم قادما من بلاكبيرن روفرز مقابل ستة ملايين",
              {"بلاكبيرن": "B-PER", "روفرز": "I-PER"}, NAMES)
    assert mentions(doc) == [("بلاكبيرن روفرز", "ORG")]
    doc = run("وخسر ليدز يونايتد أمام ضيفه", {"ليدز": "B-LOC", "يونايتد": "I-LOC"}, NAMES)
    assert mentions(doc) == [("ليدز يونايتد", "ORG")]


def test_a_city_word_stays():  # must not fire: سيتي is no club's own word
    doc = run("ووصل الوفد إلى كانساس سيتي أمس", {"كانساس": "B-LOC", "سيتي": "I-LOC"}, NAMES)
    assert mentions(doc) == [("كانساس سيتي", "LOC")]
