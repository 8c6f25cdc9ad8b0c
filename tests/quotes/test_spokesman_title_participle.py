""""وأكد المتحدث باسم الحركة خالد حسن أنباء القتال، مشددا على أن …": باسم completes the
spokesman's title, it is no object with بـ, so the participle goes on with the named spokesman,
not with the speaker of the sentence before (audit U62: "مشددا" went to the previous speaker)."""
from __future__ import annotations

import pytest

N = {"سامي العلي": "PER", "خالد حسن": "PER"}


@pytest.mark.parametrize("text,want", [
    ("وقال سامي العلي إن القتال مستمر منذ أسبوع. وأكد المتحدث باسم الحركة خالد حسن أنباء القتال في "
     "المنطقة، مشددا على أن الحركة ستطرد المسلحين.",
     [("سامي العلي", "القتال مستمر منذ أسبوع"), ("خالد حسن", "الحركة ستطرد المسلحين")]),
    # unchanged: a verb's object with بـ after a title with no name — the title goes on
    ("ونوه وزير الخارجية بالاجتماع الذي جمع بين الرئيس خالد حسن ونظيره، مؤكدا أن العلاقات متينة.",
     [("وزير الخارجية", "العلاقات متينة")]),
])
def test_spokesman_title_participle(quotes, check, text, want):
    doc = quotes(text, N)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
