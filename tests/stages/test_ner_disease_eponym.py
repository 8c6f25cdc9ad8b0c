"""A disease named for its discoverer is no person (audit U60: "مرض باركنسون" was a PER): the
one-word person chunk after a disease noun is dropped where the article never writes the word
otherwise; "مرض بوتفليقة" beside the president's full name stays his illness."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_the_name_after_a_disease_noun_is_no_person():
    doc = run("وتحسنت حالة المصابين بمرض هنتنغتون بعد العلاج الجديد", {"هنتنغتون": "B-PER"}, NAMES)
    assert mentions(doc) == []
    doc = run("وأكد الطبيب أن متلازمة داون لا تمنع التعلم وأن مرضى داون يتعلمون",
              {"داون": "B-PER"}, NAMES)
    assert mentions(doc) == []


def test_a_person_the_article_names_otherwise_stays():  # must not fire
    doc = run("وصل الرئيس عبد العزيز بوتفليقة أمس رغم مرض بوتفليقة",
              {"عبد": "B-PER", "العزيز": "I-PER", "بوتفليقة": "I-PER"}, NAMES)
    assert ("بوتفليقة", "PER") in mentions(doc)
    doc = run("وقال وليد إن مرض وليد طال", {"وليد": "B-PER"}, NAMES)
    assert mentions(doc) == [("وليد", "PER"), ("وليد", "PER")]
