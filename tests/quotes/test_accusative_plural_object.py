""""وحذر المشرعين الأميركيين من أن": a definite sound plural in ـين right after the cue is its
object — a subject would be nominative (ـون) — so whom it was told does not speak; the
subject is sought as for a cue with none (audit U60 saudinewsnet-2015-08-06-02601: the
lawmakers Obama warned were the speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,speakers", [
    ("وأطلق الرئيس سامي العلي حملة واسعة، وحذر المشرعين المحليين من أن رفض الخطة خطأ.", ["سامي العلي"]),
    # kept: a nominative plural, a genitive in ـين after a head noun
    ("وحذر المسؤولون من أن الوضع خطير.", ["المسؤولون"]),
    ("وقال رئيس المحتجين إن الاعتصام مستمر.", ["رئيس المحتجين"]),
])
def test_accusative_plural_object(quotes, check, text, speakers):
    doc = quotes(text, {"سامي العلي": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
