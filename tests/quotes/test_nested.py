"""A finite cue inside the first clause of an earlier indirect quote's content is part of
what that speaker said, not a new quote (audit U9 R-5)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,cues", [
    ("وأضاف الوزير أن ممثل بريطانيا في المنظمة رأى أنه لا حاجة للتحقيق.", ["وأضاف"]),
    ("وقال الوزير إن الدلائل الأولية التي تشير إلى أن الغاز استخدم كافية.", ["وقال"]),
    ("وأضاف السفير أنه أبلغ المسؤولين في الوزارة أن بلاده ترفض القرار.", ["وأضاف"]),
    # must not fire: a participle or a و-cue continues the speaker; a comma or a clause word
    # opens a statement of its own
    ("وقال الوزير إن الوضع صعب، مشيرا إلى أن الحل قريب.", ["وقال", "مشيرا"]),
    ("وقال الوزير إن الوضع صعب وأضاف أن الحل قريب.", ["وقال", "وأضاف"]),
    ("وقال الوزير إن الوضع صعب، قالت مصادر محلية إن القصف مستمر.", ["وقال", "قالت"]),
    ("وقال الوزير إن الوضع صعب فيما اعتبرت المعارضة أن الحل قريب.", ["وقال", "اعتبرت"]),
    ("قالت الشرطة إن انفجارا وقع في الوقت الذي قال فيه سكان إن القتلى كثيرون.", ["قالت", "قال"]),
    ("وقال الوزير إن الوضع صعب. وأكد أن الحل قريب.", ["وقال", "وأكد"]),
])
def test_a_cue_nested_in_indirect_content_is_no_new_quote(quotes, check, text, cues):
    doc = quotes(text, {})
    check(doc)
    assert [q.cue.text for q in doc.quotes] == cues
