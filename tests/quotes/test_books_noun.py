"""Audit U52/U54: "كتب" after a noun of authorship or a quantity ("مؤلف كتب الأطفال") is
"books", neither a cue nor the end of the speech verb's subject."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقال سامر الخطيب مؤلف كتب الأطفال إن القصة حقيقية.", [("سامر الخطيب", "القصة حقيقية")]),
    # must not fire: the verb "كتب" after a name or a conjunction
    ("وكتب سامر الخطيب على موقعه أن القصة حقيقية.", [("سامر الخطيب", "القصة حقيقية")]),
    ("والرئيس كتب على موقعه أن القصة حقيقية.", [("الرئيس", "القصة حقيقية")]),
])
def test_books_noun(quotes, check, text, want):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
