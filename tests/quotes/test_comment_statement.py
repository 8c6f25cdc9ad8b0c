"""A comment or a post (تعليقا، تعليق، منشورا، تدوينة) right before its cue is the statement
that says the words, as بيانا is ("أصدرت القيادة بيانا قالت فيه"): the sentence's subject wrote
it, not the stretch before the cue (audit U56, ant-BB-internationalNews-554: «وكتب شركة "…" تحت
الصورة تعليقا يقول: "…"» spoke as "تحت الصورة تعليقا")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وكتبت شركة النخيل تحت الصورة تعليقا يقول: "ما الذي تنظرين إليه في هذه الصورة الجميلة".', ["النخيل"]),
    ('ونشر سامي العلي على الموقع تدوينة تقول: "لن نتراجع عن قرارنا مهما كانت الضغوط علينا".', ["سامي العلي"]),
    # must not fire: "في تعليق" after the speaker stays a statement phrase
    ("وقال سامي العلي في تعليق على الحادث إن الوضع صعب للغاية.", ["سامي العلي"]),
])
def test_comment_statement(quotes, text, want):
    assert [q.speaker.text for q in quotes(text, {"النخيل": "ORG", "سامي العلي": "PER"}).quotes] == want
