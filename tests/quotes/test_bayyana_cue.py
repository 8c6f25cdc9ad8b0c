"""بين as the verb بيّن (stated), held-out U50: right before a complementiser, when a clause starts
at it (after punctuation, or glued to ف as after "أما X،"), it is a reporting verb; elsewhere it
stays the preposition "between" (why quotes_verbs.tsv leaves it out)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وقال سامي العلي إن الأسعار ارتفعت. وفيما يتعلق بشركات الأجرة، بين أن كثيرا من الشركات لا ترغب في التأمين.",
     {"سامي العلي": "PER"},
     [("سامي العلي", "الأسعار ارتفعت"), ("سامي العلي", "كثيرا من الشركات لا ترغب في التأمين")]),
    ("أما العم حمزة الحكيم، فبين أنه يزاول هذه المهنة منذ سنوات، وأشار إلى أن الخبز يدخل التمر في إعداده.",
     {"حمزة الحكيم": "PER"},
     [("حمزة الحكيم", "يزاول هذه المهنة منذ سنوات"), ("حمزة الحكيم", "الخبز يدخل التمر في إعداده")]),
    # must not fire: "between" after a noun
    ("والفرق بين أن تكون قويا وأن تكون عادلا كبير.", {}, []),
    ("وقال الوزير إن الخيار صعب بين أن نبقى أو نرحل.", {}, [("الوزير", "الخيار صعب بين أن نبقى أو نرحل")]),
])
def test_bayyana(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
