"""A passive cue's agent ("من جانب/من قبل X") and a بحسب-source in the sentence before are
speakers (audits U15 P2, U9 R-4 b)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وقالت إحدى المشاركات إن المسيرة ناجحة، فيما وصف من جانب جماعات حقوق النساء بأنها تاريخية.",
     ["إحدى المشاركات", "جماعات حقوق النساء"]),
    ("وبحسب مصادر محلية، فإن امرأة أصيبت في القصف. وأكدت أن الميليشيا قصفت الحي.", ["مصادر محلية"]),
    ("وأكد مسؤول أن الوضع هادئ. وبحسب مصادر محلية، فإن امرأة أصيبت في القصف. وأكدت أن الميليشيا قصفت الحي.",
     ["مسؤول", "مصادر محلية"]),
    # must not fire: "من جانبه" is no agent; a بحسب sentence two sentences back; a cue with its own subject
    ("وقال الوزير إن الوضع صعب. وأضاف من جانبه أن الحل قريب.", ["الوزير", "الوزير"]),
    ("وقال الوزير إن الوضع صعب. وبحسب مصادر محلية، فإن امرأة أصيبت. وقع القصف ليلا. وأضاف أن الحل قريب.",
     ["الوزير", "الوزير"]),
    ("وبحسب مصادر محلية، فإن امرأة أصيبت. وأكد الدفاع المدني أن الحي قصف.", ["الدفاع المدني"]),
])
def test_agents_and_according_sources_speak(quotes, check, text, speakers):
    doc = quotes(text, {})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
