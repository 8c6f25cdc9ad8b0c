"""An act noun's adjectives are no name (audit U21, 2026-11-27): "قصف جوي تركي", "بيان رسمي"."""
from __future__ import annotations

from rasd.stages.ner.mentions import adjective_after_act

_COMMON = {"جوي", "رسمي"}  # what the label priors saw mostly untagged


def _common(word: str) -> bool:
    return word in _COMMON


def test_the_adjectives_after_an_act_noun_are_no_name():
    assert adjective_after_act("قصف", ["جوي", "تركي"], _common)
    assert adjective_after_act("ببيان", ["رسمي"], _common)


def test_a_name_after_a_title_or_a_name_word_is_kept():  # must not fire
    assert not adjective_after_act("الجنرال", ["راي", "اوديرنو"], _common)  # no act noun
    assert not adjective_after_act("دعم", ["أمل", "كلوني"], _common)  # أمل is no common word here, no nisba
    assert not adjective_after_act("قصف", ["جوي", "مكثف"], _common)  # no nisba at the end
