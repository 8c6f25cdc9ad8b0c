"""إنذار after a device word or before a kind word is an alarm, not an ultimatum (SPEC 2.6
THREATEN = explicit threat or ultimatum): "نظام الإنذار", "صفارات الإنذار", "إنذار مبكر"."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "وتساءل خبراء عن سبب تعطل نظام الإنذار قبل وصول الأمواج إلى الساحل.",
    "ودوت صفارات الإنذار في البلدات الحدودية مساء أمس.",
    "ونجح إنذار مبكر في إخلاء الشاطئ قبل وصول الموجة.",
])
def test_alarm_is_no_threat(sentence):
    assert "THREATEN" not in _types(sentence)


def test_ultimatum_kept():
    assert "THREATEN" in _types("ووجه قائد الجيش الإنذار الأخير إلى المسلحين في المدينة أمس.")
