"""A one-word definite "place" right after a place, known to the lists as nothing, is that
place's adjective (audit U36: "حي ايستينية الهادئ" — the quiet Istinye quarter — gave a LOC
الهادئ read as an Iraqi village, and Istinye was placed there)."""
from __future__ import annotations

import pytest

from rasd.stages.ner.splits import without_place_adjectives

from ner_probes import space_tokens as _toks

_LISTED = {"الشرقية": frozenset({"LOCB"}), "السورية": frozenset({"NAT"})}


@pytest.mark.parametrize("text,chunks,want", [
    ("أطلقت النار في حي مارينا الهادئ صباحا", [(4, 5, "LOC"), (5, 6, "LOC")], [(4, 5, "LOC")]),
    # must not fire: a listed place after a place, a word after a person, an indefinite word,
    # two words, a gap between the two chunks
    ("وصل إلى الظهران الشرقية صباحا", [(2, 3, "LOC"), (3, 4, "LOC")], [(2, 3, "LOC"), (3, 4, "LOC")]),
    ("قال مارينا الهادئ إنه وصل", [(1, 2, "PER"), (2, 3, "LOC")], [(1, 2, "PER"), (2, 3, "LOC")]),
    ("في حي مارينا هادئ صباحا", [(2, 3, "LOC"), (3, 4, "LOC")], [(2, 3, "LOC"), (3, 4, "LOC")]),
    ("في حي مارينا الهادئ الكبير", [(2, 3, "LOC"), (3, 5, "LOC")], [(2, 3, "LOC"), (3, 5, "LOC")]),
    ("في مارينا و الهادئ صباحا", [(1, 2, "LOC"), (3, 4, "LOC")], [(1, 2, "LOC"), (3, 4, "LOC")]),
    # must not fire: the two together are a known name the later join makes one mention
    ("رئيس إقليم كردستان العراق إن", [(1, 3, "LOC"), (3, 4, "LOC")], [(1, 3, "LOC"), (3, 4, "LOC")]),
])
def test_without_place_adjectives(text, chunks, want):
    assert without_place_adjectives(_toks(text), chunks, lambda w: _LISTED.get(w, frozenset())) == want
