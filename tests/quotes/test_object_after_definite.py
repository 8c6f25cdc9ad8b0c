""""وأكد المصدر مواصلة الزحف، لافتاً إلى أن": a definite word heads no genitive, so an indefinite
verbal noun right after it (ending in ة, or in ها/هم) is the verb's object and the speaker ends
before it (audit U32, ant-AL-internationalNews-1789 "المصدر مواصلة الزحف",
ant-FR-internationalNews-2107 "المؤسسة إعلانها")."""
from __future__ import annotations

import pytest


def _got(quotes, check, text, names):
    doc = quotes(text, names)
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ("وأكد المصدر مواصلة الزحف في المنطقة، لافتاً إلى أن القوات باتت قريبة.", {},
     [("لافتاً", "المصدر")]),
    ('ونقل بيان عن المؤسسة إعلانها "حالة القوة القاهرة على الموانئ".', {},
     [("ونقل", "المؤسسة")]),
    ('ووصف الأطباء حالة المرأة بأنها "ليست خطيرة".', {}, [("ووصف", "الأطباء")]),
    # must not fire: a preposition or a conjunction after the head, an emphatic pronoun, a name
    ("وقال المتحدث باسم الشرطة إن الوضع هادئ.", {}, [("وقال", "المتحدث باسم الشرطة")]),
    ("وقالت الوزارة ووزارة الداخلية إن الوضع هادئ.", {}, [("وقالت", "الوزارة ووزارة الداخلية")]),
    ("وقال المسؤولون أنفسهم إن الوضع هادئ.", {}, [("وقال", "المسؤولون أنفسهم")]),
    ("وقال الشيخ حمزة إن الوضع هادئ.", {"حمزة": "PER"}, [("وقال", "حمزة")]),
])
def test_object_after_definite(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want
