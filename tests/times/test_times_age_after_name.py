"""A number of years right after a person's name is the person's age, not a duration (SPEC
§2.7): "خالد بلقاسمي 60 عاما وعز الدين سفيان 57 عاما", "ويدعى كيلانا، 53 عاما :" (audit U32,
ant-BB-internationalNews-241, ant-BB-internationalNews-923). Needs the NER's person names."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.pipeline.registry import get_factory
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _durations(text: str) -> list[str]:
    doc = TextStage()(Document.from_article(Article(text=text, published="2018-03-28")))
    doc = get_factory("ner")({}, None)(doc)
    doc = TimesStage()(doc)
    return [t.text for t in doc.times if t.type == "duration"]


@pytest.mark.parametrize("text,name", [
    ("واعترف المتهم بقتل كل من خالد بلقاسمي 60 عاما وعبد الكريم حسن 41 عاما.", "خالد بلقاسمي"),
    ("وأضاف شاهد العيان ويدعى محمد الأحمد، 53 عاما: \"رأيت الدخان\".", "محمد الأحمد"),
])
def test_age_after_name(text, name):
    assert _durations(text) == []


@pytest.mark.parametrize("text,want", [
    # must not fire: time spent (a verb of spending or sentencing before the name)
    ("وقضت المحكمة بسجن محمد الأحمد 3 أعوام.", ["3 أعوام"]),
    ("وأمضى نيلسون مانديلا 27 عاما في السجن.", ["27 عاما"]),
    # the years run on into the verb's object
    ("وترأس عبد العزيز بوتفليقة 20 عاما البلاد.", ["20 عاما"]),
    # no name before the number
    ("واستمرت الحرب 8 أعوام.", ["8 أعوام"]),
])
def test_time_spent_stays_duration(text, want):
    assert _durations(text) == want
