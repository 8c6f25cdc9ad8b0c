"""After a bare source noun, a word glued to بـ opens what the source tells ("أفادت مصادر
بخرق …"): a name after it is not the source (audit U48, args48 S1)."""
from __future__ import annotations

import pytest

from rasd.stages.quotes import attribute


@pytest.mark.parametrize("text,names,source", [
    ("وأفادت مصادر بخرق المتمردين وقوات خالد العمر الهدنة بعد دقائق من سريانها.",
     {"خالد العمر": "PER"}, "مصادر"),
    ("وأفاد شهود بسقوط قذائف قرب منزل سامي الحداد في المدينة.",
     {"سامي الحداد": "PER"}, "شهود"),
    # kept: a name right after the source noun is the source's own
    ("وأفاد مصدر أمني سامي الحداد بسقوط قذائف في المدينة.",
     {"سامي الحداد": "PER"}, "سامي الحداد"),
])
def test_source_before_told(quotes, check, text, names, source):
    doc = quotes(text, names)
    check(doc)
    pos = text.index("المدينة") if "المدينة" in text else text.index("الهدنة")
    att = attribute(doc, pos, pos + 3)
    assert att is not None and att.source.text == source
