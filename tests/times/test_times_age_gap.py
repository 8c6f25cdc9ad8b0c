"""An age with a qualifier or a "then" between the age word and the years is no duration
(SPEC §2.7; audit U27 T-1): "تبلغ نحو الستة أعوام", "وكان عمره آنذاك 11 عاما"."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def _times(text):
    doc = TextStage()(Document.from_article(Article(text=text, published="2024-02-12")))
    return [(t.text, t.value) for t in TimesStage()(doc).times]


@pytest.mark.parametrize("text,want", [
    ("وقالت الطبيبة إن الطفلة الجريحة تبلغ نحو الستة أعوام.", []),
    ("وكان عمره آنذاك 11 عاما حين اختفى.", []),
    ("وكان عمرها حينها حوالي 9 سنوات.", []),
    # must not fire: a length of time, not someone's age
    ("تبلغ مدة العقد نحو 5 سنوات.", [("5 سنوات", "P5Y")]),
    ("وسيكتمل المشروع بعد نحو 3 سنوات.", [("3 سنوات", "P3Y")]),
])
def test_age_with_gap(text, want):
    assert _times(text) == want
