""""رفعت شابة لافتة تقول: «…»": لافتة is the noun "banner" unless إلى, النظر/الانتباه or a
complementiser follows (the participle "noting": "لافتة إلى أن"), and "تقول/يقول" right after a
banner gives a banner's words — nobody speaks, as in "لافتات كتب عليها" (audit U52: two
slogans had the speakers "تغب اللافتات" and none)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وتنوعت الشعارات، ومن بينها لافتة تقول «الوطن ليس للبيع أبدا».", []),
    ("وقد رفعت طالبة جامعية لافتة تقول: «الفاسدون لا يعرفون الحب».", []),
    # must not fire: the participle before إلى / أن
    ("وقالت سلمى ناصر إن الوضع صعب، لافتة إلى أن الحل قريب.",
     [("سلمى ناصر", "الوضع صعب"), ("سلمى ناصر", "الحل قريب")]),
    ('وقالت سلمى ناصر: "الطلاب يستحقون الأفضل دائما".', [("سلمى ناصر", "الطلاب يستحقون الأفضل دائما")]),
])
def test_banner_noun(quotes, check, text, want):
    doc = quotes(text, {"سلمى ناصر": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
