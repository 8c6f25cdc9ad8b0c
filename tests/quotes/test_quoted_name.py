"""Quotation marks around a name alone mark the name, not words spoken: no direct quote whose
content is just a person's or body's name (audit U37 FR-681: 'بحسب ما أفاد "المرصد السوري
لحقوق الإنسان".' gave a direct quote with the Observatory's name as content)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,contents", [
    ('شنت روسيا غارات على مناطق المعارضة، بحسب ما أفاد "المرصد السوري لحقوق الإنسان".',
     {"المرصد السوري لحقوق الإنسان": "ORG"}, []),
    ('وقال هولغر موينش لمحطة "آر بي بي إنفوراديو" إن التحقيق مستمر.',
     {"هولغر موينش": "PER", "آر بي بي إنفوراديو": "ORG"}, ["التحقيق مستمر"]),
    ('ويشير "المجلس النرويجي للاجئين" في تقرير إلى أن آلاف الأسر نزحت.', {"المجلس النرويجي للاجئين": "ORG"},
     []),
    # must not fire: words spoken; a name after an unnamed title (the speaker's own name)
    ('وقال المرصد السوري لحقوق الإنسان: "الغارات مستمرة".', {"المرصد السوري لحقوق الإنسان": "ORG"},
     ["الغارات مستمرة"]),
])
def test_quoted_name(quotes, check, text, names, contents):
    doc = quotes(text, names)
    check(doc)
    assert [q.content.text for q in doc.quotes] == contents
