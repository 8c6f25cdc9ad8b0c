""""…، مبرزا أن بلاده ستضاعف الجهود": the participle of أبرز (to stress), common in Tunisian
news, is a cue like مؤكدا (audit U52: the quote was missed). The finite أبرز is left out: it is
also the elative "most prominent" ("أبرز ما يميز المشروع أن")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وكان رئيس المجلس سامر يوسف قد أكد استعداد بلاده لتسوية الملف، مبرزا أن بلاده ستضاعف الجهود.",
     [("سامر يوسف", "بلاده ستضاعف الجهود")]),
    ("وثمنت الوزيرة سلمى ناصر جهود المتطوعين، مبرزة أن الحملة حققت أهدافها.",
     [("سلمى ناصر", "الحملة حققت أهدافها")]),
    # must not fire: the elative
    ("ولعل أبرز ما يميز المشروع أن كلفته منخفضة.", []),
])
def test_highlighting_participle(quotes, check, text, want):
    doc = quotes(text, {"سامر يوسف": "PER", "سلمى ناصر": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
