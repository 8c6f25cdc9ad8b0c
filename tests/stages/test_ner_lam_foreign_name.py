"""A ب/ل before a foreign name of two listed person-name words (audit U62: "لهوغو تشافيز" kept
its ل): the whole first word is in no list, the rest (four letters or more) and the next word
are listed person-name words, so the letter is a preposition."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, هوغو="PERT|LOCS", تشافيز="PERT", ماركو="PERT", روبيو="PERT", لينو="LOCS")


def test_lam_comes_off_before_two_listed_name_words():
    doc = run("واستعاد الخطيب أفكار لهوغو تشافيز في كلمته", {"لهوغو": "B-PER", "تشافيز": "I-PER"}, _NAMES)
    assert mentions(doc) == [("هوغو تشافيز", "PER")]
    doc = run("وأشاد الحاضرون بماركو روبيو أمس", {"بماركو": "B-PER", "روبيو": "I-PER"}, _NAMES)
    assert mentions(doc) == [("ماركو روبيو", "PER")]


def test_letter_stays_when_the_next_word_is_no_listed_name():
    # must not fire: the next word is in no person list
    doc = run("وقال لهوغو فانتس إن الفريق جاهز", {"لهوغو": "B-PER", "فانتس": "I-PER"}, _NAMES)
    assert mentions(doc) == [("لهوغو فانتس", "PER")]
