""""وقال مرة أخرى إنه": "مرة أخرى/ثانية/جديدة" (again) after the cue is a manner adverb, never
the speaker; "، خاصة في أن" (especially in that) is the narrator's, like "، خاصة أن" (audit U52:
a speaker "مرة أخرى", and a false quote of a verb with a noun object)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("انتقد الرئيس سامر يوسف المذيعة، وقال مرة أخرى إنه يأمل أن تنافسه في الانتخابات.", {"سامر يوسف": "PER"},
     [("سامر يوسف", "يأمل أن تنافسه في الانتخابات")]),
    ("وقال سامر يوسف إن الوضع صعب. وأكد مرة ثانية أن الحل قريب.", {"سامر يوسف": "PER"},
     [("سامر يوسف", "الوضع صعب"), ("سامر يوسف", "الحل قريب")]),
    ("وأبدى عدد من السكان استياءهم من الوضع، خاصة في أن الخطر ما زال قائما.", {}, []),
    # must not fire: "مرة" as a noun of the content; the cue's own complement before "خاصة"
    ("وقال سامر يوسف إن مرة أخرى لن تكفي.", {"سامر يوسف": "PER"}, [("سامر يوسف", "مرة أخرى لن تكفي")]),
    ("وقال الوزير إن الحل قريب، خاصة في أن الطرفين وافقا.", {},
     [("الوزير", "الحل قريب، خاصة في أن الطرفين وافقا")]),
])
def test_again_especially_in(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
