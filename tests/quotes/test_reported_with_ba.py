"""After أفاد, a بـ-word right after a definite head opens what is reported (أفاد بـ), not more of
the subject (held-out U50): 'وأفادت المعلومات بحيازة الإرهابيين «…»' is said by "المعلومات"."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وأفادت المعلومات بحيازة المسلحين «أسلحة نارية متنوعة وعبوات متفجرة معدة للتفجير».",
     [("المعلومات", "أسلحة نارية متنوعة وعبوات متفجرة معدة للتفجير")]),
    # unchanged: a title's own بـ-initial noun, and باسم
    ("وأفاد مدير بلدية المدينة أن الطرق مغلقة.", [("مدير بلدية المدينة", "الطرق مغلقة")]),
    ("وأفاد المتحدث باسم الشرطة بأن الوضع هادئ.", [("المتحدث باسم الشرطة", "الوضع هادئ")]),
])
def test_reported_with_ba(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
