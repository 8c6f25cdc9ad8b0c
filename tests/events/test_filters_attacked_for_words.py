"""An attack "after his words" is in words (audit of unseen news U50): "تعرض X لهجوم شرس بعد
كلمته" tells no blow and no accuser; "شن الوزير هجوما … بعد تصريحاته" is an accusation."""
import pytest

from filter_probes import detected_types

WORDS = [
    "وتعرض الوزير، خالد سمير، لهجوم عنيف، الخميس، بعد تصريحاته حول الأجور.",
    "وتعرضت النائبة لهجمات واسعة إثر كلمتها في البرلمان.",
]
BLOWS = [
    "وتعرض مقر الحزب لهجوم مسلح بعد تصريحات رئيسه.",
    "وتعرض الحاجز لهجوم بالقذائف بعد منتصف الليل.",
]


@pytest.mark.parametrize("sentence", WORDS)
def test_attacked_for_own_words(sentence):
    assert detected_types(sentence) == []


@pytest.mark.parametrize("sentence", BLOWS)
def test_attack_kept(sentence):
    assert "ASSAULT" in detected_types(sentence)


def test_attack_for_words_is_an_accusation():
    assert detected_types("وشن وزير الخارجية هجوما على رئيس الحكومة بعد تصريحاته عن الأجور.") == ["ACCUSE"]
