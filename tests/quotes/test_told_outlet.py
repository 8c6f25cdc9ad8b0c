"""ل glued to an outlet noun after the subject ('مصادر عسكرية لموقع "سبتمبر نت"', "الرجل لصحيفة
تلغراف") is whom it was told: the speaker span ends before it (audit U27 Q-4)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وقالت مصادر عسكرية لموقع \"سبتمبر نت\"، التابع للجيش، إن \"القوات بدأت عمليات تمشيط واسعة\".",
     ["مصادر عسكرية"]),
    ("وقال الرجل لصحيفة تلغراف \"كان يعيش في خيمة في الغابة على مقربة من منزل\".", ["الرجل"]),
    # must not fire: the outlet the speaker works for
    ("وقال مراسل لقناة الجزيرة إن القصف مستمر.", ["مراسل لقناة الجزيرة"]),
    ("وقال المدير العام لوكالة الأنباء إن الوكالة مستمرة.", ["المدير العام لوكالة الأنباء"]),
])
def test_told_outlet(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text for q in doc.quotes] == want
