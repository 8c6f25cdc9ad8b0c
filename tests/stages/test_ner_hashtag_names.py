"""A person's name cut by a hashtag's "#" is one name (audit U32; news-dev: "علي عبدالله #صالح",
"أنطونيو #غوتيريس" were two persons, and "سيرغي #لافروف" stood apart from the later "لافروف")."""
from __future__ import annotations

import pytest

from rasd.stages.ner.grouping import name_key
from rasd.stages.ner.hashtags import hash_joined

from ner_probes import space_tokens


def _toks(text: str):
    return space_tokens(text, hash_apart=True)


@pytest.mark.parametrize("text,chunks,want", [
    ("قال الرئيس علي عبدالله #صالح إن", [(2, 4, "PER"), (5, 6, "PER")], [(2, 6, "PER")]),
    # must not fire: a place or group after the "#", a "#" with a space after it, no "#"
    ("قال أنطونيو في #غزة", [(1, 2, "PER"), (4, 5, "LOC")], [(1, 2, "PER"), (4, 5, "LOC")]),
    ("التقى محمد #سليمان", [(1, 2, "PER"), (3, 4, "ORG")], [(1, 2, "PER"), (3, 4, "ORG")]),
    ("التقى محمد # سليمان", [(1, 2, "PER"), (3, 4, "PER")], [(1, 2, "PER"), (3, 4, "PER")]),
    ("التقى محمد وسليمان", [(1, 2, "PER"), (2, 3, "PER")], [(1, 2, "PER"), (2, 3, "PER")]),
])
def test_hash_joined(text, chunks, want):
    assert hash_joined(_toks(text), chunks) == want


def test_name_key_drops_an_inner_hash():
    assert name_key("أنطونيو #غوتيريس") == name_key("أنطونيو غوتيريس")
    assert name_key("#داعش") == name_key("داعش")


def test_entity_name_drops_an_inner_hash():
    from tests.stages.test_ner import run
    doc = run("وقال الرئيس الأمريكي جورج #بوش إن", {"جورج": "B-PER", "بوش": "B-PER"})
    names = [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    assert ("جورج بوش", ["جورج #بوش"]) in names  # the mention holds the "#", the name does not
    doc = run("وقال الرئيس الأمريكي جورج بوش إن", {"جورج": "B-PER", "بوش": "I-PER"})
    assert [e.name for e in doc.entities] == ["جورج بوش"]  # must not fire: no "#"
