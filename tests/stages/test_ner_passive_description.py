"""A definite passive participle in the feminine or the plural after a name describes the person
and is no word of the name (audit U64: "نازانين زاغاري راتكليف المسجونة في إيران" gave the PER
"راتكليف المسجونة")."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_the_description_stays_out():
    tags = {"سلمى": "B-PER", "الحداد": "I-PER", "المخطوفة": "I-PER"}
    doc = run("وطالبت عائلة سلمى الحداد المخطوفة منذ عامين بالإفراج عنها", tags)
    assert mentions(doc) == [("سلمى الحداد", "PER")]
    tags = {"كمال": "B-PER", "يونس": "I-PER", "المطلوبين": "I-PER"}
    doc = run("ونشرت الشرطة صورة كمال يونس المطلوبين للعدالة", tags)
    assert mentions(doc) == [("كمال يونس", "PER")]


def test_a_masculine_family_name_of_that_shape_stays():  # must not fire
    tags = {"خالد": "B-PER", "المنصور": "I-PER"}
    doc = run("وقال خالد المنصور إن الاجتماع انتهى", tags)
    assert mentions(doc) == [("خالد المنصور", "PER")]
