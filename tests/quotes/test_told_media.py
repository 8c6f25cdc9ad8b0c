""""لوسائل الإعلام" after the subject is whom it was told, not part of the speaker (held-out
audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وقال مسؤولون لوسائل إعلام محلية إنه جرى إحباط هجوم على كنيسة.", ["مسؤولون"]),
    ("وقالت الشرطة لوسائل الإعلام إن الهجمات نفذها انتحاريون.", ["الشرطة"]),
    # must not fire: the media themselves speaking
    ("وقالت وسائل إعلام محلية إن الهجوم أحبط.", ["وسائل إعلام محلية"]),
])
def test_told_media(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
