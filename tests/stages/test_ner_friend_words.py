"""A noun of friendship or kinship opens no name (audit U62: tributes wrote "وصديقي سعود
الدوسري", "حبيبي سعود الدوسري", "الصديق سعود الدوسري" as persons): a possessive one always
comes off a person's chunk, a definite one before a listed name's word (الصديق is a name
too: "الصديق المهدي"), so before a name's word without ال only."""
from __future__ import annotations

import pytest

from rasd.stages.ner.around import friend_word
from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, فهد="PERT", القحطاني="PERT")


@pytest.mark.parametrize("text,chunk", [
    ("رحم الله أخي وصديقي فهد القحطاني", "وصديقي فهد القحطاني"),
    ("وداعا حبيبي فهد القحطاني", "حبيبي فهد القحطاني"),
    ("ونعى الفنان الصديق فهد القحطاني", "الصديق فهد القحطاني"),
])
def test_the_friend_comes_off_the_name(text, chunk):
    words = chunk.split()
    table = {words[0]: "B-PER", **{w: "I-PER" for w in words[1:]}}
    doc = run(text, table, _NAMES)
    assert mentions(doc) == [("فهد القحطاني", "PER")]


@pytest.mark.parametrize("word,next_word,next_types,friend", [
    ("صديقي", "فهد", frozenset(), True),
    ("وزميلي", "فهد", frozenset(), True),
    ("الصديق", "فهد", frozenset({"PERF"}), True),
    ("الصديق", "فهد", frozenset({"PERT"}), True),
    ("الصديق", "المهدي", frozenset({"PERT"}), False),  # must not fire: "الصديق المهدي", a name
    ("الصديق", "عزيز", frozenset(), False),              # must not fire: no name after it
    ("الصادق", "فهد", frozenset({"PERF"}), False),
])
def test_friend_words(word, next_word, next_types, friend):
    assert friend_word(word, next_word, next_types) is friend
