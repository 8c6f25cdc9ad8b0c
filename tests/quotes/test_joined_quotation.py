""""وأكد على ضرورة "…" و"…"، حسب ما أضافت الوكالة": a quotation joined by و to the closing
mark of a direct quote is the same cue's second object — same speaker and cue — not a
quotation of the cue after it, which names the source (audit U60
ant-SK-middleEast-3898-20181016: the second went to the agency)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وأكد سامي العلي على ضرورة "كشف الحقيقة كاملة للناس" و"محاسبة كل المسؤولين عن الجريمة"، '
     'حسب ما أضافت الوكالة.',
     [("وأكد", "سامي العلي"), ("وأكد", "سامي العلي")]),
    # kept: a cue of its own between the quotations
    ('وقال سامي العلي: "الوضع صعب جدا هنا" وأضاف كمال الحسني: "لا نريد الحرب أبدا".',
     [("وقال", "سامي العلي"), ("وأضاف", "كمال الحسني")]),
])
def test_joined_quotation(quotes, check, text, want):
    doc = quotes(text, {"سامي العلي": "PER", "كمال الحسني": "PER"})
    check(doc)
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == want
