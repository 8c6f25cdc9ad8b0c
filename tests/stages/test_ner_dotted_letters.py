"""Spelt letters joined by dots ("سي.إن.إن") are the outlet the actor list has with spaces: an ORG
mention, also after a proclitic, and a name the tagger ran on into them gives them back
(audit U56)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_dotted_letters_are_the_outlet():
    got = mentions(run("وقال الوزير في حديث مع (سي.إن.إن) إن الوفد وصل", {}))
    assert got == [("سي.إن.إن", "ORG")]
    got = mentions(run("وقال كارلوس لسي.إن.إن إن الوفد وصل", {"كارلوس": "B-PER", "لسي": "I-PER"}))
    assert ("كارلوس", "PER") in got and ("سي.إن.إن", "ORG") in got


def test_unlisted_dotted_letters_are_left():
    # must not fire: letters the actor list does not know, an abbreviation with a full stop
    assert mentions(run("وقال الوزير إن ق.ع.ل وصلت أمس", {})) == []
    assert mentions(run("وصل الوفد الساعة 5 م. ثم غادر", {})) == []
