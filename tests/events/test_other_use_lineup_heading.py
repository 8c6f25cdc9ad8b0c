"""A position heading of a team line-up ("الهجوم: <name> (<club>)") names the forwards, no
attack; an attack told after a speaker's colon stays."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "الهجوم: كريم بنزيمة (ريال مدريد)، أنطوان غريزمان (أتلتيكو مدريد).",
])
def test_lineup_dropped(sentence):
    assert "ASSAULT" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقال الناطق: الهجوم على الثكنة أسفر عن مقتل ثلاثة جنود.",
])
def test_attack_kept(sentence):
    assert "ASSAULT" in read_types(sentence)
