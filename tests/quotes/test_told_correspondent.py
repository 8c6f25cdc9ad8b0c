"""ل glued to a correspondent (لمراسل، لمراسلة) is whom it was told, like لصحيفة/لقناة (held-out
U50): "وفق ما أكده مصدر أمني لمراسل «الإذاعة». وأضاف المصدر نفسه أن" → مصدر أمني."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ('اعترفت الفتاة أنها قامت بعملية تمويه، وفق ما أكده مصدر أمني لمراسل "إذاعة الجهة". وأضاف المصدر نفسه '
     'أن الفتاة ركبت سيارة صديقها.',
     [("الفتاة", "قامت بعملية تمويه"), ("مصدر أمني", "الفتاة ركبت سيارة صديقها")]),
    ("وقال مصدر أمني لمراسلة الإذاعة إن الوضع هادئ.", [("مصدر أمني", "الوضع هادئ")]),
    # kept: the correspondent who speaks, and "of" after his role word
    ("وقال مراسل لقناة الأخبار إن القصف مستمر.", [("مراسل لقناة الأخبار", "القصف مستمر")]),
])
def test_told_correspondent(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
