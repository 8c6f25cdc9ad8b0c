""""اليوم الآخر" (the Last Day of faith, or the other of two days) dates nothing (audit U27 T-2)."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _times(text):
    doc = TextStage()(Document.from_article(Article(text=text, published="2024-02-12")))
    return [(t.text, t.value) for t in TimesStage()(doc).times]


@pytest.mark.parametrize("text,want", [
    ("بيوت الله التي يعمرها من آمن بالله واليوم الآخر.", []),
    ("وصل الوفد في يوم وغادر في اليوم الآخر.", []),
    # must not fire: today itself, and "يوم آخر"-free plain اليوم
    ("وصل الوفد اليوم إلى العاصمة.", [("اليوم", "2024-02-12")]),
    ("قال الوزير اليوم الاثنين إن الوضع مستقر.", [("اليوم الاثنين", "2024-02-12")]),
])
def test_last_day(text, want):
    assert _times(text) == want
