"""An adjective that needs its ل-complement (تابعة لـ، موالية لـ) keeps it in the speaker span:
"مصادر تابعة للمعارضة", not "مصادر تابعة" (audit U22 one-off: spans cut before the PP)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speaker", [
    ("وذكرت وسائل إعلام تابعة للمعارضة السورية أن القصف استمر طوال الليل على البلدة.",
     "وسائل إعلام تابعة للمعارضة السورية"),
    ("وقالت القوات الموالية للحكومة إنها سيطرت على التلال المحيطة بالمدينة.",
     "القوات الموالية للحكومة"),
    # must not fire: ل after a plain adjective is whom it was told
    ("وقال مسؤول عسكري لرويترز إن القصف استمر طوال الليل على البلدة.", "مسؤول عسكري"),
])
def test_lam_complement(quotes, check, text, speaker):
    doc = quotes(text, {"رويترز": "ORG"})
    check(doc)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.text == speaker
