"""Talks named bare and indefinite after إطار/ضمن, with nothing after them, are the setting a
matter is put into, no meeting held (audit of unseen news U58); talks with a doer, a partner or
held by a verb stay CONSULT."""
import pytest

from filter_probes import detected_types as _types

NOT_CODED = [
    "وأدرجت المفوضية الأوروبية الملف في إطار مباحثات، بهدف إصدار قوانين جديدة.",
    "وبدأت الحكومة بإدخال القضية ضمن مشاورات بهدف وضع تشريع.",
    "وطرحت الوزارة الملف في إطار مفاوضات.",
]

CODED = [
    "وجاء ذلك في إطار مباحثات أجراها الوزير مع نظيره الفرنسي.",
    "وفي إطار محادثات بين البلدين، وقع الجانبان الاتفاق.",
    "وعقد الوزيران مباحثات، بهدف تعزيز العلاقات.",
]


@pytest.mark.parametrize("sentence", NOT_CODED)
def test_framed_talks_not_coded(sentence):
    assert "CONSULT" not in _types(sentence)


@pytest.mark.parametrize("sentence", CODED)
def test_talks_held_coded(sentence):
    assert "CONSULT" in _types(sentence)
