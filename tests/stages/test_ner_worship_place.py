"""A named mosque or church the tagger calls MISC is a place (audit ev24b, saudinewsnet-2015-08-03:
"المسجد الأقصى" as MISC gave no place; gold writes المسجد الحرام as LOC)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_a_named_house_of_worship_is_a_place():
    got = mentions(run("واعتقلت الشرطة شابين في المسجد الكبير أمس", {"المسجد": "B-MISC", "الكبير": "I-MISC"}))
    assert got == [("المسجد الكبير", "LOC")]
    got = mentions(run("وصلى الآلاف في كنيسة القيامة أمس", {"كنيسة": "B-MISC", "القيامة": "I-MISC"}))
    assert got == [("كنيسة القيامة", "LOC")]


def test_other_miscellany_is_left():
    # must not fire: a university (جامعة), a one-word MISC, a festival
    got = mentions(run("وافتتح الوزير مهرجان الربيع أمس", {"مهرجان": "B-MISC", "الربيع": "I-MISC"}))
    assert got == [("مهرجان الربيع", "MISC")]
    got = mentions(run("ودرس في الجامعة الأمريكية", {"الجامعة": "B-MISC", "الأمريكية": "I-MISC"}))
    assert got == [("الجامعة الأمريكية", "MISC")]
