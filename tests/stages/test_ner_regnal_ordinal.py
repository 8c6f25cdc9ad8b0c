"""A regnal ordinal ends a king's name (audit U44): a name the tagger runs on after it is
another person's ("كلف الملك فيصل الثاني سمير زيد" → فيصل الثاني | سمير زيد), unless a link
carries the king's name on ("عبدالله الثاني ابن الحسين")."""
from __future__ import annotations

import pytest

from rasd.stages.ner.around import split_persons


def _split(text: str) -> list[str]:
    words = text.split()
    chunks = split_persons([(0, len(words), "PER")], words, lambda w: frozenset())
    return [" ".join(words[a:b]) for a, b, _lab in chunks]


@pytest.mark.parametrize("chunk,people", [
    ("فيصل الثاني سمير زيد", ["فيصل الثاني", "سمير زيد"]),       # "كلف الملك فيصل الثاني سمير زيد"
    ("محمد الخامس كريم", ["محمد الخامس", "كريم"]),
    ("عبدالله الثاني ابن الحسين", ["عبدالله الثاني ابن الحسين"]),  # must not fire: ابن carries the name on
    ("يوحنا بولس الثاني", ["يوحنا بولس الثاني"]),                 # must not fire: the ordinal ends the chunk
    ("فيصل بن الحسين", ["فيصل بن الحسين"]),
])
def test_a_regnal_ordinal_ends_the_name(chunk, people):
    assert _split(chunk) == people
