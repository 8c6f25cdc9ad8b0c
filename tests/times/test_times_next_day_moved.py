""""اليوم التالي/ذاته" refers to the last day named — unless an explicit month or year that does not
hold that day was named since: the story moved on (audit U27, "… في أغسطس 1998 … في اليوم التالي")."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _times(text):
    doc = TextStage()(Document.from_article(Article(text=text, published="2024-02-12")))
    return [(t.text, t.value) for t in TimesStage()(doc).times]


@pytest.mark.parametrize("text,want", [
    ("اعتقل المشتبه به يوم الأحد. وكان الطفل في مخيم في أغسطس 1998 عندما اختفى، قبل أن يعثر عليه في اليوم التالي.",
     [("يوم الأحد", "2024-02-11"), ("أغسطس 1998", "1998-08")]),
    # must not fire: no other month between; a month that holds the day
    ("اعتقل المشتبه به يوم الأحد 4 فبراير. وأفرج عنه في اليوم التالي.",
     [("يوم الأحد 4 فبراير", "2024-02-04"), ("اليوم التالي", "2024-02-05")]),
    ("وقع الهجوم في 10 يناير 2024. وفي يناير 2024 شهدت المدينة هجمات. وفي اليوم التالي أغلقت المدارس.",
     [("10 يناير 2024", "2024-01-10"), ("يناير 2024", "2024-01"), ("اليوم التالي", "2024-01-11")]),
])
def test_next_day_after_move(text, want):
    assert _times(text) == want
