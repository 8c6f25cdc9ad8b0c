"""The times and quantities stages never raise on article-like input, and spans stay honest."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.bench.fuzzgen import article_text, dates
from rasd.model import Article

NLP = rasd.load_pipeline('[pipeline]\nstages = ["text", "times", "quantities"]\n')

PIECES = ["12", "١٢", "۱۲", "مارس", "آذار", "/", "الثلاثاء", "اليوم", "أمس", "بين", "و", "2019", "عام", "ألفي",
          "أكثر من", "شخص", "قتل", "-", "(", ")", "هـ", "شوال", "1436", "منذ", "يومين", "كل", "جمعة", "الماضي",
          "أول", "من", "ثلاثة", "آلاف", "عشرات", "على الأقل", "\n", "ً", "ـ", "٫", "5.5", "1,200", "31", "29",
          "فبراير", "وبالأمس", "قبل", "الساعة", "5:32", "مساء", "التسعينيات", "أواخر", "الحادي عشر"]


def check(text: str, published) -> None:
    doc = NLP(Article(text=text, published=published))
    for item in doc.times + doc.quantities:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for t in doc.times:
        assert t.type in ("date", "range", "duration", "set") and t.value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text(), published=dates())
def test_article_like_text(text, published):
    check(text, published)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(PIECES), max_size=25), sep=st.sampled_from([" ", "", "  ", "،"]),
       published=st.sampled_from([None, "2024-02-12", "2016-02-29", "2015-12-31"]))
def test_date_and_number_soup(words, sep, published):
    check(sep.join(words), published)
