""""رجح 3 مسؤولين أميركيين أن …، مشيرين إلى أن": a number in digits opening the subject, before a
noun of people, counts the speakers — it is not the object starting (audit U32,
ant-SK-internationalNews-1299: speaker None, and the participle went to a name in the content)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("رجح 3 مسؤولين أميركيين أن تكون الحرب قريبة، مشيرين إلى أن الجيش طلب دعما.",
     [("رجح", "3 مسؤولين أميركيين"), ("مشيرين", "3 مسؤولين أميركيين")]),
    ("وقال 5 مسؤولين إن الجيش طلب دعما.", [("وقال", "5 مسؤولين")]),
    # must not fire: a number after the subject starts the object; a casualty noun counts victims
    ("وأعلنت الوزارة مقتل 12 شخصا، مشيرة إلى أن الوضع صعب.", [("مشيرة", "الوزارة")]),
])
def test_counted_speakers(quotes, check, text, want):
    assert _got(quotes, check, text) == want
