"""An indefinite accusative participle after the subject (a حال: "مستنكرا", "متسائلا") says
how it was said; it is not part of the speaker (audit U44 Q-12: «وغرد أحد المواطنين مستنكرا
بشكل ساخر … بأن» spoke as "أحد المواطنين مستنكرا")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وقال أحد السكان متسائلا إن الوضع لا يحتمل.", ["أحد السكان"]),
    ("وكتب أحد الطلاب مستنكرا أن الامتحان كان صعبا.", ["أحد الطلاب"]),
    # kept: a nominative description
    ("وقال مسؤول محلي إن الطريق مغلق.", ["مسؤول محلي"]),
])
def test_circumstantial_participle(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
