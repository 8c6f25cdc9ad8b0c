""""وختم: "…"": ختم (he concluded) before a colon or a quotation is a cue of saying, as تابع and
أردف are (audit U60 ant-SK-middleEast-2640-20180628: the last statement was missed); with no
complement ("وختمت الدورة أعمالها") it makes no quote."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وقال سامي العلي: "الوضع تحت السيطرة تماما". وختم: "لا بد من حل سياسي لهذه الأزمة".',
     [("وقال", "سامي العلي"), ("وختم", "سامي العلي")]),
    ("وختمت الدورة التدريبية أعمالها أمس.", []),
])
def test_concluded_cue(quotes, check, text, want):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == want
