""""… إلا بعد 5 سنوات وفق قوله.": "according to his words" (وفق/حسب/بحسب + قوله، تعبيره، وصفه …)
closing the sentence is the narrator's tail even with no comma before it (audit U52); the
content ends before it. Inside the sentence it is left alone."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأوضح سامر يوسف أن الإدارة رفضت التفاوض إلا بعد 5 سنوات وفق قوله.", ["الإدارة رفضت التفاوض إلا بعد 5 سنوات"]),
    ("وقال سامر يوسف إن الأسعار ارتفعت بشكل جنوني حسب تعبيره.", ["الأسعار ارتفعت بشكل جنوني"]),
    # must not fire: the tail inside the sentence, before more speech
    ("وقال سامر يوسف إن العمال غاضبون حسب تعبيره وإن الإضراب مستمر.", ["العمال غاضبون حسب تعبيره وإن الإضراب مستمر"]),
])
def test_own_words_tail(quotes, check, text, want):
    doc = quotes(text, {"سامر يوسف": "PER"})
    check(doc)
    assert [q.content.text for q in doc.quotes] == want
