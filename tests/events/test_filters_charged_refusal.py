"""A refusal with بـ after an accusation word ("اتهم الوزير الحكومة برفض الحوار") is what the
accused is charged with (the ACCUSE event), not a refusal told as news."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "واتهم الوزير الحكومة برفض الحوار مع المعارضة.",
    "وتتهم المعارضة السلطات برفضها الإفراج عن المعتقلين.",
])
def test_charged_refusal_suppressed(sentence):
    got = _types(sentence)
    assert "REJECT" not in got and "ACCUSE" in got


@pytest.mark.parametrize("sentence", [
    "ورفض الوزير الاتهامات الموجهة إلى الحكومة.",  # a refusal of its own
    "واتهم المتحدث الحكومة بالتقصير، ورفض التفاوض معها.",  # و, not بـ
    "وأشاد الوزير برفض الحكومة للمقترح.",  # no accusation
])
def test_refusal_of_its_own_kept(sentence):
    assert "REJECT" in _types(sentence)
