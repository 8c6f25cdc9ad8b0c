"""'ودعت المؤسسة "الجيش الوطني الليبي" إلى "وقف …"': after a lone definite noun a quoted name is
the verb's object, not part of the speaker (audit U32, ant-FR-internationalNews-2107)."""
from __future__ import annotations

import pytest


def _got(quotes, check, text, names):
    doc = quotes(text, names)
    check(doc)
    return [(q.cue.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize("text,names,want", [
    ('ودعت المؤسسة "الجيش الوطني الليبي" إلى "وقف عمليات الإغلاق والسماح لها بأداء عملها لخدمة '
     'مصالح الشعب".', {}, [("ودعت", "المؤسسة")]),
    # must not fire: an indefinite head named by the quotation, a definite phrase with its adjective
    ('وقالت قوات "التحالف لدعم الشرعية" إن الوضع هادئ.', {},
     [("وقالت", 'قوات "التحالف لدعم الشرعية"')]),
    ('وقال البرلمان الإسرائيلي "الكنيست" إن الوضع هادئ.', {},
     [("وقال", 'البرلمان الإسرائيلي "الكنيست"')]),
])
def test_quoted_object_after_definite(quotes, check, text, names, want):
    assert _got(quotes, check, text, names) == want
