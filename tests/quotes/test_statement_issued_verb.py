""""وأفاد بيان صدر عن مكتب الادعاء أن": the verb صدر/صدرت (was issued) before عن names the
statement's owner as the participle صادر does (audit U52: the speaker was "صدر")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وأفاد بيان صدر عن مكتب النائب العام أن الشرطة استجوبت الرجل.", {}, [("مكتب النائب العام", "الشرطة استجوبت الرجل")]),
    ("وذكرت رسالة صدرت عن نقابة المعلمين أن الإضراب مستمر.", {"نقابة المعلمين": "ORG"},
     [("نقابة المعلمين", "الإضراب مستمر")]),
    # must not fire: the speaker named before "في بيان صدر عنها"
    ("وقالت وزارة الصحة في بيان صدر عنها إن الحصيلة ارتفعت.", {"وزارة الصحة": "ORG"},
     [("وزارة الصحة", "الحصيلة ارتفعت")]),
])
def test_statement_issued_verb(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
