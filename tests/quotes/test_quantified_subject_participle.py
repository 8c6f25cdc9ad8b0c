"""A participle's speaker is the subject of its sentence's verb, and a quantifier with من opens
such a subject ("وجدد عدد من المواطنين مطالبهم …، مؤكدين أنه"); before, the previous speaker
took it (audit U54, saudinewsnet-2015-07-21-02941). "وقد" before a cue carries its
conjunction: "يؤكدون …، وقد أعلنوا أنه" is a coordinated cue."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وأكد سامر الخطيب أن عدد الإصابات بلغ عشرة. وجدد عدد من المواطنين مطالبهم بتوسعة الطريق، مؤكدين أنه خطر.",
     ["سامر الخطيب", "عدد من المواطنين"]),
    ("وأكد سامر الخطيب أن الطريق مغلق. وجدد عشرات من السكان مطالبهم، مشيرين إلى أن الأسعار ارتفعت.",
     ["سامر الخطيب", "عشرات من السكان"]),
    # must not fire: a verb then a definite subject as before; a name goes on
    ("وأكد سامر الخطيب أن الطريق مغلق، مشيرا إلى أن الأسعار ارتفعت.", ["سامر الخطيب", "سامر الخطيب"]),
])
def test_quantified_subject(quotes, check, text, speakers):
    doc = quotes(text, {"سامر الخطيب": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
