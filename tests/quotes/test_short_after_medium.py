"""A short quotation right after "في بيان/تصريح/كلمة" (one word more at most) is the quote, though
shorter than a quotation after a subject otherwise needs (audit U27 Q-6)."""
from __future__ import annotations

import pytest


def _got(doc):
    return [(q.kind, q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("وقال الجيش في بيان \"يجري بحث التفاصيل\".", [("direct", "الجيش", "يجري بحث التفاصيل")]),
    ("وقال المدعي العام في بيان \"لدينا 24 قتيلا\" بينهم قاصر.", [("direct", "المدعي العام", "لدينا 24 قتيلا")]),
    ("وقال الوزير في بيان رسمي \"الوضع تحت السيطرة\".", [("direct", "الوزير", "الوضع تحت السيطرة")]),
    # must not fire: a quoted name followed by the complementiser; a quotation after another verb
    ("وقال الوزير في بيان \"الجيش الحر\" إن الوضع مستقر.", [("indirect", "الوزير", "الوضع مستقر")]),
    ("وقال المرصد في بيان نشره \"المرصد السوري\" إن القصف مستمر.", [("indirect", "المرصد", "القصف مستمر")]),
])
def test_short_after_medium(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert _got(doc) == want
