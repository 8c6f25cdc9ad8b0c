""""مصدر مقرب من X" speaks, not X named after من (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("أعلن مصدر مقرب من التحقيق في قضية فرار رضوان فايد الثلاثاء أن الشرطة عثرت على سيارة.",
     {"رضوان فايد": "PER"}, ["مصدر مقرب"]),
    ("وقال مصدر مقرب من الرئيس سعيد الحكيم إن وقف النار قريب.", {"سعيد الحكيم": "PER"}, ["مصدر مقرب"]),
    # must not fire: a source with no "close to"; a named person close to someone; a spokesman's name
    ("وقالت مصادر مطلعة إن الاتفاق قريب.", {}, ["مصادر مطلعة"]),
    ("وقال سعيد الحكيم المقرب من الرئيس إن الاتفاق قريب.", {"سعيد الحكيم": "PER"}, ["سعيد الحكيم"]),
    ("وقال المتحدث باسم الجيش سعيد الحكيم إن الاتفاق قريب.", {"سعيد الحكيم": "PER"}, ["سعيد الحكيم"]),
])
def test_close_source(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
