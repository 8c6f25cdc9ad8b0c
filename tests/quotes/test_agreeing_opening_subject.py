"""A feminine or plural cue with no subject of its own, right before its complementiser and
after a noun that cannot speak, takes the subject of the verb opening its sentence when the two
verbs agree (audit U44 Q-6: «وبثت وكالة أعماق … تسجيلاً لثلاثة ادعت أنهم» spoke as the previous
paragraph's speaker)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال الوزير إن الوضع هادئ. ونشرت وكالة النجم صورا لأربعة ادعت أنهم قتلوا في المعارك.",
     {"وكالة النجم": "ORG"}, ["الوزير", "وكالة النجم"]),
])
def test_agreeing_opening_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers


@pytest.mark.parametrize("text", [
    # a verb that does not agree with the cue, and a masculine cue (everyone's default form)
    "وقالت الوزيرة إن الوضع هادئ. ونشر الجيش صورا لأربعة ادعت أنهم قتلوا.",
    "وقالت الوزيرة إن الوضع هادئ. ونشر الجيش صورا لأربعة ادعى أنهم قتلوا.",
])
def test_disagreeing_opening_verb_not_taken(quotes, check, text):
    doc = quotes(text, {})
    check(doc)
    assert doc.quotes[-1].speaker is None or doc.quotes[-1].speaker.text != "الجيش"
