"""Audit U46: "كما أن" (moreover) is the narrator's connective, not the complementiser of a
cue earlier in the sentence ("قدرت مصادر هذه النسبة بـ…، كما أن البطالة …" is no quote)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وقدرت مصادر غير رسمية هذه النسبة بعشرين في المئة، كما أن البطالة منتشرة جدا.",
    "وذكر التقرير أرقام الصادرات، كما أن الواردات تراجعت.",
])
def test_no_quote(quotes, text):
    assert quotes(text).quotes == []


@pytest.mark.parametrize("text,content", [
    ("قال سامي العلي إن الفريق يحتاج إلى مدرب، كما أن الإدارة مطالبة بالدعم.",
     "الفريق يحتاج إلى مدرب، كما أن الإدارة مطالبة بالدعم"),
    ("وأكد سامي العلي أن الفريق جاهز.", "الفريق جاهز"),
])
def test_quote_stays(quotes, text, content):
    assert [q.content.text for q in quotes(text, {"سامي العلي": "PER"}).quotes] == [content]
