"""A person named after an alliance noun ("أقوى حلفاء الرئيس X") that follows a country or
organisation opening the subject is that party's ally, an apposition: the party speaks (audit U32)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("ووصفت كندا أقرب حلفاء الرئيس سامي خليل القرار بأنه خطأ كبير.",
     {"كندا": "LOC", "سامي خليل": "PER"}, [("كندا", "e1")]),
    ("وقالت إيطاليا الحليف الأبرز لرئيس الوزراء فادي كمال إن الخطة جاهزة.",
     {"إيطاليا": "LOC", "فادي كمال": "PER"}, [("إيطاليا", "e1")]),
    # must not fire: the person opens the subject; no alliance noun; a person as the ally
    ("وقال سامي خليل حليف كندا إن الخطة جاهزة.", {"سامي خليل": "PER", "كندا": "LOC"}, [("سامي خليل", "e1")]),
    ("وقالت وزارة الخارجية الكندية على لسان الوزير سامي خليل إن الخطة جاهزة.",
     {"وزارة الخارجية الكندية": "ORG", "سامي خليل": "PER"}, [("سامي خليل", "e2")]),
])
def test_ally_genitive(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [(q.speaker.text, q.speaker.entity) for q in doc.quotes] == want
