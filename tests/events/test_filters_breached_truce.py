"""A truce named as what was breached, exploited or ended is no new agreement (SPEC 2.6 AGREE):
"بخرق المتمردين، الهدنة", "استغلت الجماعة الهدنة", "مع انتهاء الهدنة"."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وأفادت مصادر محلية بخرق المسلحين والقوات الموالية لهم، الهدنة التي بدأت ليلة أمس.",
    "واتهم الجيش المتمردين بانتهاك وقف إطلاق النار في الضواحي الشرقية.",
    "واستغل المسلحون الهدنة لإرسال تعزيزات إلى الجبهة الشمالية.",
    "ومع انتهاء الهدنة عاد القصف إلى الأحياء الشرقية.",
])
def test_breached_truce_no_agreement(sentence):
    assert "AGREE" not in _types(sentence)


def test_truce_announced_kept():
    assert "AGREE" in _types("وأعلنت قيادة التحالف هدنة إنسانية لمدة خمسة أيام تبدأ منتصف الليل.")
    assert "AGREE" in _types("واتفق الطرفان على هدنة جديدة بعد خرق الهدنة السابقة.")
