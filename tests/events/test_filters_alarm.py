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


@pytest.mark.parametrize("sentence", [
    "وفاض النهر على القرى المجاورة صباح الأحد، ما دفع الدفاع المدني إلى إصدار إنذار.",
    "ووجهت البلدية إنذار بعد أن غمرت المياه عشرات المنازل.",
])
def test_weather_alert_is_no_threat(sentence):
    """إنذار in a sentence about weather or water is an alert to the public."""
    assert "THREATEN" not in _types(sentence)


def test_ultimatum_with_addressee_kept_in_a_flood_sentence():
    assert "THREATEN" in _types("ووجه قائد الجيش الإنذار الأخير إلى المسلحين المتحصنين قرب النهر أمس.")
