"""A family name the tagger left out after a hashtag's "#" joins the person before it (audit
U36, carried over: "محمد #المقدشي" was the person محمد alone)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.hashtags import hash_joined

from ner_probes import space_tokens


def _toks(text: str):
    return space_tokens(text, hash_apart=True)


def _types(word: str) -> frozenset:
    return frozenset({"NAT"}) if word == "اليمني" else frozenset()


@pytest.mark.parametrize("text,chunks,want", [
    ("قتل القيادي محمد #المقدشي في الهجوم", [(2, 3, "PER")], [(2, 5, "PER")]),
    # must not fire: a nationality, a word that is no family name, a "#" with a space after
    # it, a "#" glued to the name before it, a word another chunk holds, a place chunk before
    ("قتل القيادي محمد #اليمني في الهجوم", [(2, 3, "PER")], [(2, 3, "PER")]),
    ("قال محمد #الآن إنه سيعود", [(1, 2, "PER")], [(1, 2, "PER")]),
    ("قتل القيادي محمد # المقدشي في الهجوم", [(2, 3, "PER")], [(2, 3, "PER")]),
    ("قتل القيادي محمد# المقدشي في الهجوم", [(2, 3, "PER")], [(2, 3, "PER")]),
    ("قتل القيادي محمد #المقدشي في الهجوم", [(2, 3, "PER"), (4, 5, "ORG")], [(2, 3, "PER"), (4, 5, "ORG")]),
    ("وصلوا إلى صنعاء #المقدشي", [(2, 3, "LOC")], [(2, 3, "LOC")]),
])
def test_hash_surname(text, chunks, want):
    assert hash_joined(_toks(text), chunks, _types) == want
