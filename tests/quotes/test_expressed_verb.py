""""وعبر X عن سعادته، وقال:": عبّر (expressed) opening its clause with عن after the name is a
verb whose subject is the name, not the preposition "via" that makes a name an addressee or a
platform (audit U52: five quotes of one article went to another player named earlier)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ('قدم النادي اللاعب سامر يوسف. وعبر كريم ناصر عن سروره بالانضمام إلى الفريق، وقال: "أنا سعيد جدا هنا".',
     {"سامر يوسف": "PER", "كريم ناصر": "PER"}, [("كريم ناصر", "أنا سعيد جدا هنا")]),
    ("وقال سامر يوسف إن المباراة صعبة. عبر كريم ناصر عن أمله في الفوز، مضيفا أن الفريق جاهز.",
     {"سامر يوسف": "PER", "كريم ناصر": "PER"},
     [("سامر يوسف", "المباراة صعبة"), ("كريم ناصر", "الفريق جاهز")]),
    # must not fire: the preposition "via" after a verb stays a platform
    ("وقال سامر يوسف إن الوضع صعب. وتحدث المدرب عبر قناة الرياضة عن المباراة، مشيرا إلى أن الفريق جاهز.",
     {"سامر يوسف": "PER", "قناة الرياضة": "ORG"},
     [("سامر يوسف", "الوضع صعب"), ("المدرب", "الفريق جاهز")]),
])
def test_expressed_verb_subject(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in doc.quotes] == want
