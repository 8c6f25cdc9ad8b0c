"""A spokesman's name after his body, where the tagger saw none (audit U32: "المتحدث باسم شرطة
كابول حشمت ستانيكازي، إن", "المتحدث باسم وزارة الصحة الأفغانية وحيد مجروه أن")."""
from __future__ import annotations

import pytest

from rasd.stages.ner.role_names import spokesman_names

# what the name lists give (tests run with no resources) and the words mostly common in news
_TYPES = {"كابول": {"LOCB"}, "الأفغانية": {"NAT"}, "وحيد": {"PERT"}}
_COMMON = {"وحيد", "شرطة", "وزارة", "تصريح", "صحفي", "لوكالة", "الحكومة", "اليوم", "الأحد"}


def _names(text: str, chunks=()):
    words = text.replace("،", " ،").split()
    found = spokesman_names(words, list(chunks), lambda w: frozenset(_TYPES.get(w, ())), lambda w: w in _COMMON)
    return [" ".join(words[a:b]) for a, b, _ in found]


@pytest.mark.parametrize("text,chunks,want", [
    # the body holds a place chunk (كابول, token 5)
    ("وقال المتحدث باسم شرطة كابول حشمت ستانيكازي، لشبكة الأخبار", [(4, 5, "LOC")], ["حشمت ستانيكازي"]),
    # a given name the lists have, though common as a word
    ("وأفاد المتحدث باسم وزارة الصحة الأفغانية وحيد مجروه أن العدد ارتفع", [], ["وحيد مجروه"]),
    # the tagger saw the surname alone: the pair takes it in
    ("وقال الناطق باسم الشرطة حشمت ستانيكازي إن", [(5, 6, "PER")], ["حشمت ستانيكازي"]),
    # must not fire: definite words, common words, no "باسم", no closer after the pair
    ("وقال المتحدث باسم الحكومة اليوم الأحد إن الوضع مستقر", [], []),
    ("وقال المتحدث باسم الخارجية في تصريح صحفي إن الوزير سيزور", [], []),
    ("وقال المتحدث باسم الوزارة لوكالة سبوتنيك إن الوفد وصل", [], []),
    ("وقال المتحدث العسكري حشمت ستانيكازي إن", [], []),
    ("وقال المتحدث باسم الشرطة حشمت ستانيكازي جابر إن", [], []),
])
def test_spokesman_name(text, chunks, want):
    assert _names(text, chunks) == want
