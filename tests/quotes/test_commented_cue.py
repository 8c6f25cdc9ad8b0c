"""Audit U52/U54: "وعلق X بأن …" (commented) is a cue when its complement is close by (a short
reach, as زاد); farther on "علق" suspends ("علقت الشركة العمل … بعد أن")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وعلق سامر الخطيب بأن القرار جاء متأخرا.", [("سامر الخطيب", "القرار جاء متأخرا")]),
    # must not fire: "علق" far from a complementiser (suspended)
    ("وعلقت الشركة العمل في المصنع الرئيسي بسبب الأوضاع الأمنية المتدهورة في المنطقة منذ أسابيع بعد أن توقفت الإمدادات.", []),
])
def test_commented(quotes, check, text, want):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
