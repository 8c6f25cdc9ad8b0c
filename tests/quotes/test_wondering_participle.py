"""Audit U48: "متسائلا/متسائلة" (wondering) is a participle cue like قائلا: the question quoted
after it has that cue, and a quotation after it without a colon is its speech too."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ('وطالب سامي العلي بفتح باب المنافسة، متسائلا: "هل من المعقول أن بلدا بهذا الحجم لا يملك إلا شركة واحدة؟".',
     {"سامي العلي": "PER"}, [("direct", "سامي العلي", "متسائلا")]),
    ('وانتقدت منى الخطيب القرار متسائلة "كيف يمكن أن تغلق المدارس كلها في يوم واحد؟".',
     {"منى الخطيب": "PER"}, [("direct", "منى الخطيب", "متسائلة")]),
])
def test_wondering(quotes, text, names, want):
    got = [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
           for q in quotes(text, names).quotes]
    assert got == want
