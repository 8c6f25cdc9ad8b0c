""""درجت جملة تقول "…"", "انتشرت عبارة يقول نصها": a phrase, a saying or a slogan that "says"
its words is no speaker, like a banner's words ("لافتة تقول «…»"): nobody is quoted (audit
U58: the speaker had been the whole clause "درجت مؤخرا في الغرب جملة")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('انتشرت مؤخرا بين الشباب عبارة تقول "لا تستسلم مهما طال الطريق".', []),
    ('وتردد الأمهات في القرى مقولة تقول: "الصبر مفتاح كل الأبواب".', []),
    ('ورفع المحتجون شعارا يقول "الخبز والحرية للجميع".', []),
    # must not fire: a person who says it
    ('وقالت هالة يوسف: "الصبر مفتاح كل الأبواب المغلقة".', [("هالة يوسف", "الصبر مفتاح كل الأبواب المغلقة")]),
])
def test_saying_noun(quotes, check, text, want):
    doc = quotes(text, {"هالة يوسف": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
