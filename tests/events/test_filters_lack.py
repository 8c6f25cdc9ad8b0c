"""An act named right after a noun of lack (نقص، غياب، قلة، انعدام) did not happen."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence,etype", [
    ("وتندد العائلات بنقص تعاون السلطات من أجل إظهار الحقيقة.", "COOPERATE"),
    ("واشتكى السكان من غياب التعاون بين الأجهزة.", "COOPERATE"),
    ("وحذرت المنظمة من نقص المساعدات الإنسانية في المخيمات.", "AID"),
    ("وأشار إلى قلة المساعدات الإنسانية.", "AID"),
])
def test_lacking_act_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", [
    ("وأرسلت الحكومة مساعدات إلى المخيمات بسبب نقص الغذاء.", "AID"),  # the lack is of food
    ("وقتل خمسة في هجوم وسط غياب الأمن.", "ASSAULT"),
    ("وتندد العائلات بنقص تعاون السلطات من أجل إظهار الحقيقة.", "ACCUSE"),
])
def test_act_beside_a_lack_kept(sentence, etype):
    assert etype in _types(sentence)
