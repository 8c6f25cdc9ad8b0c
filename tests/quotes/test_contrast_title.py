"""A bare title after the cue of a "while" clause (فيما، بينما، في حين) is a second speaker,
not the man quoted before it in the same sentence ("وقال X إن …، فيما قال الوزير إن …")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال سامي العلي إن الحكومة ستدعم المزارعين، فيما قال الوزير إن الخطة جاهزة.",
     {"سامي العلي": "PER"}, ["سامي العلي", "الوزير"]),
    ("وأكد خالد النمر أن المياه شحيحة، في حين قال المحافظ إن السدود ممتلئة.",
     {"خالد النمر": "PER"}, ["خالد النمر", "المحافظ"]),
    # kept: a title going on in a new sentence is the minister named before
    ("وقال وزير الزراعة ماجد حسن إن المحصول جيد. وأضاف الوزير أن الأسعار ستنخفض.",
     {"ماجد حسن": "PER"}, ["ماجد حسن", "ماجد حسن"]),
])
def test_contrast_title(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
