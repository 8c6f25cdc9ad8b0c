"""A participle after a closed quotation («…»، ذاكراً/مضيفاً …) has no subject of its own: the
words after it are its object, so the speaker is the sentence's subject, not a name in that
object (news-dev CN-324: «ذاكراً حادثة مقتل الطالبة المصرية مريم مصطفى» gave the victim as speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("عبر المندوب علاء يوسف عن \"بالغ القلق من تصاعد الخطاب العنصري في أوروبا\"، ذاكرا حادثة مقتل"
     " الطالبة سارة نبيل في لندن.", {"علاء يوسف": "PER", "سارة نبيل": "PER"}, ["علاء يوسف"]),
    # must not fire: a finite verb after the quotation keeps the subject after it
    ("\"لن نتراجع عن مطالبنا مهما حدث\"، قال الوزير خالد سمير للصحفيين.", {"خالد سمير": "PER"},
     ["خالد سمير"]),
])
def test_participle_after_quote(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
