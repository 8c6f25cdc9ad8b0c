"""An act that is to be sped up ("وتسريع التهجير", "لتسريع الانسحاب", "طالبوا بتسريع الإجلاء") is an
aim or a demand, no happening told."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence, kind", [
    ("وتهدم السلطات المنازل لإفراغ الحي من سكانه وتسريع التهجير القسري.", "DISPLACE"),
    ("وتضغط الحكومة لتسريع إجلاء الجرحى من المدينة.", "DISPLACE"),
    ("وطالب النواب بتسريع ترحيل المهاجرين غير النظاميين.", "COERCE"),
])
def test_speeding_up_no_event(sentence, kind):
    assert kind not in _types(sentence)


def test_happening_kept():
    assert "DISPLACE" in _types("ونزحت مئات العائلات أمس من الحي بعد القصف.")
