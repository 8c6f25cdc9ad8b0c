"""The far end of an age range is an age too (SPEC §2.7; audit U48): "من عمر 15 سنة إلى 25
سنة", "ومن عمر 26 إلى 40 سنة" — neither number of years is a duration."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _times(text):
    doc = TextStage()(Document.from_article(Article(text=text, published="2024-02-12")))
    return [(t.text, t.value) for t in TimesStage()(doc).times]


@pytest.mark.parametrize("text,want", [
    ("وتستهدف الحملة الفتيان من عمر 12 سنة إلى 17 سنة في المدارس.", []),
    ("وسجلت العيادة 300 مراجع من عمر 30 إلى 45 عاما.", []),
    ("ويحق التصويت لمن تتراوح أعمارهم بين 18 و 25 عاما.", []),
    # must not fire: a length of time after a range of years, a plain duration
    ("واستمرت الحرب من 2011 إلى 2015 أي 4 سنوات.", [("من 2011 إلى 2015", "2011"), ("4 سنوات", "P4Y")]),
    ("وعاش في المنفى 20 عاما.", [("20 عاما", "P20Y")]),
])
def test_age_range_end(text, want):
    assert _times(text) == want
