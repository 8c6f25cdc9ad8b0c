""""تداول عدد كبير من المغردين صورة تظهر فلانا وقد أكدوا أنه": a plural cue (…وا) agrees with
the unnamed plural subject of the verb opening its sentence, not with the one person named as
that verb's object (audit U58: the tweeters' claim went to the man in the picture)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,want", [
    ("نشر عدد كبير من الناشطين على مواقع التواصل اليوم صورة تظهر خالد العمري وقد أكدوا أنه قائد الهجوم.",
     [("عدد كبير من الناشطين", "قائد الهجوم")]),
    ("نشر عدد كبير من الناشطين على مواقع التواصل صورة تظهر خالد العمري وأكدوا أنه قائد الهجوم.",
     [("عدد كبير من الناشطين", "قائد الهجوم")]),
    # must not fire: a singular cue keeps the person before it
    ("نشر الموقع صورة تظهر خالد العمري وقد أكد أنه بريء من التهمة الموجهة إليه.",
     [("خالد العمري", "بريء من التهمة الموجهة إليه")]),
])
def test_plural_cue(quotes, check, text, want):
    doc = quotes(text, {"خالد العمري": "PER"})
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
