"""A tried ramming ("حاول سائق دهس") is an attack (ACLED: an attempted attack is an attack); a
traffic accident or an avoided ramming is not."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وحاول سائق دهس عدد من المارة في الشارع أمس.",
    "وأعلن الجيش أن فلسطينيا حاول دهس جنود عند الحاجز.",
])
def test_tried_ramming_is_assault(sentence):
    assert "ASSAULT" in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "ووقع حادث دهس على الطريق السريع أمس.",
    "وحاول السائق تفادي دهس المشاة على الطريق.",
])
def test_accident_or_avoided_ramming_no_act(sentence):
    assert "ASSAULT" not in _types(sentence)
