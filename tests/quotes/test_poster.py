"""A cue after a post on a platform ("تغريدات بموقع تويتر تقول") belongs to the subject of
the verb of posting, also when the sentence opens with an adverbial (audit U9 one-off #2 u14)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وقال كريم ناصر إن روسيا مسؤولة. وقبيل انقضاء المهلة التي حددتها الحكومة، نشرت السفارة الروسية في "
     "بريطانيا عدة تغريدات بموقع تويتر تقول فيها إنها لن ترد.", ["كريم ناصر", "السفارة الروسية"]),
    # must not fire: no subject written after the verb of posting
    ("وقال كريم ناصر إن روسيا مسؤولة. وقبيل انقضاء المهلة، نشر عدة تغريدات بموقع تويتر تقول إن الرد قريب.",
     ["كريم ناصر", "كريم ناصر"]),
])
def test_poster_speaks(quotes, check, text, speakers):
    doc = quotes(text, {"كريم ناصر": "PER", "تويتر": "ORG"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
