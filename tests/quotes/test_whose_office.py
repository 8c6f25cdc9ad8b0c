"""A name after "في/من إدارة/حكومة/مكتب …" inside the subject heads the office the speaker
serves in ("مسؤول كبير في إدارة الرئيس باراك أوباما"): not the speaker (audit U27 Q-5)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("وقال مسؤول كبير في إدارة الرئيس سامي خليل وطلب عدم نشر اسمه \"الهدف هو إقامة منطقة آمنة\".",
     {"سامي خليل": "PER"}, [("مسؤول كبير", None)]),
    ("وقال مسؤول في حكومة رئيس الوزراء فادي كمال إن الخطة جاهزة.", {"فادي كمال": "PER"}, [("مسؤول", None)]),
    # must not fire: the officeholder speaks; a spokesman named after his office
    ("وقال رئيس الوزراء فادي كمال في مؤتمر صحفي إن الخطة جاهزة.", {"فادي كمال": "PER"},
     [("فادي كمال", "e1")]),
    ("وقال المتحدث باسم الحكومة سعد حداد إن الخطة جاهزة.", {"سعد حداد": "PER"}, [("سعد حداد", "e1")]),
    ("وصرح وزير الصحة في حكومة الحوثيين طه حداد أن 51 شخصا قتلوا.", {"طه حداد": "PER"}, [("طه حداد", "e1")]),
])
def test_whose_office(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text, q.speaker.entity) for q in doc.quotes] == want
