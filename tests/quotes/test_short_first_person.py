"""A three-word quotation after the subject that opens in the first person is speech, and
"إلا أن" after it is "but", not the complementiser of a quoted name (held-out audit U42)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('وقال الحاكم للصحفيين "عثرنا عليهم سالمين".', [("direct", "عثرنا عليهم سالمين")]),
    ('وقال الحاكم للصحفيين "عثرنا عليهم سالمين" إلا أن عملية الإجلاء لن تكون فورية.',
     [("direct", "عثرنا عليهم سالمين")]),
    # must not fire: a short quotation not in the first person; a quoted programme or party name
    ('وقال الوزير للصحفيين "الوضع صعب جدا".', []),
    ('وقال المسؤول في مقابلة مع برنامج "حياتنا اليوم" إن الوضع صعب.', [("indirect", "الوضع صعب")]),
    ('وقال رئيس حزب "أمتنا الواحدة الكبرى" إن الوضع صعب.', [("indirect", "الوضع صعب")]),
])
def test_short_first_person(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.kind, q.content.text) for q in doc.quotes] == want
