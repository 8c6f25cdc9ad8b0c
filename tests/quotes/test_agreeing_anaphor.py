"""A subject-less و-cue agreeing with the speech verb that opens the sentence before, whose
subject is an anaphoric head, goes on with that subject (audit U44 Q-8: «وأكدت الوزارة على
توجيهات الملك سلمان …. وأشارت إلى أن» spoke as the king)."""
from __future__ import annotations

import pytest

from rasd.stages.quotes_before import agreement


@pytest.mark.parametrize("text,names,speakers", [
    ("أصدرت هيئة الطيران المدني تعليمات جديدة. وأكدت الهيئة على توجيهات الأمير فهد بن خالد بتسهيل السفر. "
     "وأشارت إلى أن الرحلات ستستأنف قريبا، لافتة إلى أن التذاكر متاحة.",
     {"هيئة الطيران المدني": "ORG", "فهد بن خالد": "PER"}, ["هيئة الطيران المدني", "هيئة الطيران المدني"]),
    # no named ministry before: the head itself (the male president is not "وقالت")
    ("وقال الرئيس سامي خليل إن الوضع مستقر. وأدانت الوزارة الهجوم. وقالت إن العنف غير مقبول.",
     {"سامي خليل": "PER"}, ["سامي خليل", "الوزارة"]),
    # kept: a cue that does not agree with the verb before is someone else (the chain decides)
    ("أصدرت هيئة الطيران المدني تعليمات جديدة. وأكدت الهيئة على توجيهات الأمير فهد بن خالد بتسهيل السفر. "
     "وأشار إلى أن الرحلات ستستأنف قريبا.",
     {"هيئة الطيران المدني": "ORG", "فهد بن خالد": "PER"}, ["فهد بن خالد"]),
])
def test_agreeing_anaphor(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers


@pytest.mark.parametrize("word,want", [
    ("واكدت", "f"), ("تقول", "f"), ("مشيرة", "f"), ("قالوا", "pl"), ("يقولون", "pl"), ("مشيرين", "pl"),
    ("قال", "m"), ("يؤكد", "m"), ("مشيرا", "m"), ("واشار", "m"),
])
def test_agreement(word, want):
    assert agreement(word) == want
