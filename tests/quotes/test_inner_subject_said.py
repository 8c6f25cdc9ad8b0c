""""وأضاف التلفزيون أن خامنئي وافق على الاقتراح وقال «…»": a subject-less وقال joined with no
comma to an indirect content of its sentence that opens with a person's name continues that
name's clause — the name speaks, not the outlet reporting him (audit U52)."""
from __future__ import annotations

import pytest

NAMES = {"سامر يوسف": "PER", "التلفزيون": "ORG"}


@pytest.mark.parametrize("text,want", [
    ('وأضاف التلفزيون أن سامر يوسف وافق على الاقتراح وقال "غرض المحاكم يجب أن يكون إنزال عقاب سريع".',
     [("التلفزيون", "سامر يوسف وافق على الاقتراح"), ("سامر يوسف", "غرض المحاكم يجب أن يكون إنزال عقاب سريع")]),
    # must not fire: after a comma the reporter goes on; وأضاف continues the reporter
    ('وأضاف التلفزيون أن سامر يوسف وافق على الاقتراح، وقال "إن المحاكم ستبدأ عملها قريبا".',
     [("التلفزيون", "سامر يوسف وافق على الاقتراح"), ("التلفزيون", "المحاكم ستبدأ عملها قريبا")]),
    ("وقال الوزير إن سامر يوسف وافق على الاقتراح وأضاف أن الحل قريب.",
     [("الوزير", "سامر يوسف وافق على الاقتراح"), ("الوزير", "الحل قريب")]),
])
def test_inner_subject_said(quotes, check, text, want):
    doc = quotes(text, NAMES)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
