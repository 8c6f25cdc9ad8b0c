"""A time expression after the subject ("وذكرت تقارير الأسبوع الماضي أن") says when, not who:
the speaker span ends before it (audit U27 Q-4)."""
from __future__ import annotations

import pytest

from rasd.model import Article, Document
from rasd.pipeline.registry import get_factory
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _speakers(text):
    doc = TimesStage()(TextStage()(Document.from_article(Article(text, id="t", published="2024-02-12"))))
    doc = get_factory("quotes")({}, None)(doc)
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


@pytest.mark.parametrize("text,want", [
    ("وذكرت تقارير الأسبوع الماضي أن وكالات تجسس تراقب تحركات الأسلحة.", ["تقارير"]),
    ("وقالت مصادر محلية الشهر الماضي إن القصف مستمر.", ["مصادر محلية"]),
    # must not fire: no time after the subject; a named day that is no time
    ("وقالت مصادر محلية إن القصف مستمر.", ["مصادر محلية"]),
    ("وقال المسؤول عن ملف يوم الأرض إن المسيرة ستنطلق.", ["المسؤول عن ملف"]),
])
def test_time_ends_speaker(text, want):
    assert _speakers(text) == want
