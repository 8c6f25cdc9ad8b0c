"""A person's name inside a relative clause of the subject (التي/الذي + verb) is that clause's
doer or object, not the speaker (audit U58: «ويقول الموقع الإلكتروني لشركة «سيفاكس» التي
أسسها رجل الأعمال محمد فريخة عام 2011، إن» spoke as the founder)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,speakers", [
    ("وقالت الشركة التي يملكها سامي كريم إن الأرباح ارتفعت.", {"سامي كريم": "PER"}, ["الشركة"]),
    ("ويقول موقع الجمعية التي أسستها ليلى حسن عام 2010 إن المساعدات وصلت.", {"ليلى حسن": "PER"},
     ["موقع الجمعية"]),
    # must not fire: a clause that only names; a name before the relative
    ("وقال الرجل الذي يدعى أحمد سالم إن الحريق كبير.", {"أحمد سالم": "PER"}, ["أحمد سالم"]),
    ("وقال أحمد سالم الذي يرأس الجمعية إن الحريق كبير.", {"أحمد سالم": "PER"}, ["أحمد سالم"]),
])
def test_name_in_relative_clause(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
