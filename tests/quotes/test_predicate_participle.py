"""A participle cue right after ليس/غير or a verb of becoming (بات، أصبح، صار) is the
predicate "certain", not a speaker "confirming" (audit U58: «وأنه ليس مؤكدا أن تتمخض
المباحثات» was a quote of its own and cut the one before)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("وذكرت الشركة أن المفاوضات ما زالت في بدايتها وأنه ليس مؤكدا أن تنتهي بصفقة.",
     [("الشركة", "المفاوضات ما زالت في بدايتها وأنه ليس مؤكدا أن تنتهي بصفقة")]),
    ("وقال الوزير إن الموعد بات مؤكدا أن يتأجل إلى الخريف.",
     [("الوزير", "الموعد بات مؤكدا أن يتأجل إلى الخريف")]),
    # must not fire: a participle after a comma goes on with the speaker
    ("وأضافت المجموعة أن المصنع لن يغلق، مؤكدة أن العمال باقون.",
     [("المجموعة", "المصنع لن يغلق"), ("المجموعة", "العمال باقون")]),
])
def test_predicate_participle(quotes, check, text, want):
    doc = quotes(text, {})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
