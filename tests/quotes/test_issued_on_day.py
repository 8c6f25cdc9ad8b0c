""""وأشار بيان صادر اليوم الجمعة عن المكتب التنفيذي أن": when the statement was issued may stand
between صادر and عن; whoever issued it after عن speaks (audit U60 ant-JA-localNews-3537: the
speaker was "صادر")."""
from __future__ import annotations

import pytest

from rasd.model import Article, Document
from rasd.pipeline.registry import get_factory
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _quotes_with_times(text: str) -> Document:
    """The quotes stage after the times stage, which marks "أمس" as a time."""
    doc = TimesStage()(TextStage()(Document.from_article(Article(text, id="t", published="2017-04-21"))))
    return get_factory("quotes")({}, None)(doc)


@pytest.mark.parametrize("text,speakers", [
    ("وأشار بيان صادر اليوم الجمعة عن المكتب التنفيذي للنقابة أن الإضراب مستمر.", ["المكتب التنفيذي للنقابة"]),
    ("وقال بيان صادر أمس عن الشرطة إن التحقيق مستمر.", ["الشرطة"]),
    # kept: no time between
    ("وأشار بيان صادر عن الوزارة إلى أن العمل مستمر.", ["الوزارة"]),
])
def test_issued_on_day(check, text, speakers):
    doc = _quotes_with_times(text)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
