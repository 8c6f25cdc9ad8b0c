"""Cue forms that are no speech (audit U44 Q-10, Q-11): after a preposition the form is a noun
("قرأنا في كتب المؤرخين أن" — books), and the relative ما as the subject of a verb of showing
("مما يؤكد أن", "بما يشير إلى أن") is a fact, not a speaker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وردت القصة في كتب المؤرخين، ومن المعروف أن المدينة قديمة.", []),
    ("أصر الكاتب على وصف الحادثة بأنها مؤسفة.", []),
    ("ارتفعت الأسعار مرة أخرى، مما يؤكد أن الأزمة مستمرة.", []),
    ("وتراجعت الصادرات، بما يشير إلى أن الطلب ضعيف.", []),
    # kept: the verb with a subject, and "من" as "who"
    ("وكتب الصحفي في مقاله أن الأزمة مستمرة.", [("الصحفي", "الأزمة مستمرة")]),
    ("وقال الوزير إن الأسعار ارتفعت، وهو يؤكد أن الأزمة مؤقتة.", [("الوزير", "الأسعار ارتفعت"), ("الوزير", "الأزمة مؤقتة")]),
])
def test_not_a_speech_verb(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
