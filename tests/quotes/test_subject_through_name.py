"""A subject the length limit cuts inside a name, or right after "لحزب/لحركة …" before one,
goes on to the name's end (audit U58: «قال الأمين العام لحزب جبهة التحرير الوطني في الجزائر
إنه» spoke as "الأمين العام لحزب جبهة")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقال الأمين العام لحزب جبهة العمل الوطني في البلاد إن الانتخابات ستجرى في موعدها.",
     {"حزب جبهة العمل الوطني": "ORG"}, ["الأمين العام لحزب جبهة العمل الوطني"]),
    ("وقال رئيس المكتب السياسي لحركة النهضة الشعبية إن الحوار مستمر.",
     {"النهضة الشعبية": "ORG"}, ["رئيس المكتب السياسي لحركة النهضة الشعبية"]),
    # must not fire: a short subject ends at its name as before; a person's name is not stretched
    ("وقال المتحدث باسم حركة النهضة الشعبية إن الحوار مستمر.", {"النهضة الشعبية": "ORG"},
     ["المتحدث باسم حركة النهضة الشعبية"]),
])
def test_subject_through_name(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
