"""من after a word of quantity opening the subject joins the group counted (held-out U50): "أكد عدد
من المبتعثين أن" is said by "عدد من المبتعثين", not "عدد"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("أكد عدد من المبتعثين أن الدراسة في الخارج لن تؤثر على هويتهم.",
     [("عدد من المبتعثين", "الدراسة في الخارج لن تؤثر على هويتهم")]),
    ("وقال بعض من السكان إن الوضع هادئ.", [("بعض من السكان", "الوضع هادئ")]),
    # unchanged: من after another noun opens a phrase of its own
    ("وقال مسؤول من الوزارة إن الخطة جاهزة.", [("مسؤول", "الخطة جاهزة")]),
])
def test_partitive_subject(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
