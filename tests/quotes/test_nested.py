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


@pytest.mark.parametrize("text,speakers", [
    ("وكشفت الوزيرة سلمى داود أن الحادث خلف 4 قتلى، بينهم السائق الذي قالت الشرطة إنه قتل نفسه. "
     "وتابعت أن الشرطة لا تبحث عن مهاجمين آخرين.",
     ["سلمى داود", "الشرطة", "سلمى داود"]),
    # must not fire: a cue after a comma inside a long content is a statement of its own
    ("فيما نفى المتحدث أن تكون الأسماء قد تبلورت، كشفت مصادر مطلعة أنه يتم التداول بأربعة أسماء، "
     "لافتة إلى أن غليون طرح اسمه.",
     ["المتحدث", "مصادر مطلعة", "مصادر مطلعة"]),
])
def test_relative_nested_speaker_is_not_continued(quotes, check, text, speakers):
    """audit U9 R-5 rule 2: the speaker of a claim in a relative clause inside another quote
    (الذي قالت الشرطة إنه) is not the one a later subject-less cue continues."""
    doc = quotes(text, {"سلمى داود": "PER"})
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
