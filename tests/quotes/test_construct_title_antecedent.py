"""A title in construct or a feminine title refers back to the person named with it (held-out U50):
"قالت وزيرة الصحة سميرة مرعي …. وأعلنت وزيرة الصحة … أنه …. وأضافت الوزيرة أنه …" → سميرة مرعي
(the nisba rule read only "الرئيس اليمني"-like descriptions, and feminine titles not at all)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,names,want", [
    ("قالت وزيرة الصحة سلمى الراشد إن التحريات أوضحت عدم وجود خطأ. وأعلنت وزيرة الصحة خلال زيارة إلى الولاية "
     "أنه تقرر تجهيز المستشفى. وأضافت الوزيرة أنه سيتم تجهيز مستوصف.", {"سلمى الراشد": "PER"},
     ["سلمى الراشد", "سلمى الراشد", "سلمى الراشد"]),
    ("قال وزير الصحة كريم الراشد إن التحريات انتهت. وأضاف وزير الصحة أنه سيتم تجهيز مستوصف.",
     {"كريم الراشد": "PER"}, ["كريم الراشد", "كريم الراشد"]),
    # must not fire: another office is another person
    ("قال وزير الصحة كريم الراشد إن التحريات انتهت. وقال وزير الداخلية إن الوضع هادئ.",
     {"كريم الراشد": "PER"}, ["كريم الراشد", "وزير الداخلية"]),
])
def test_construct_title_antecedent(quotes, check, text, names, want):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text for q in doc.quotes] == want
