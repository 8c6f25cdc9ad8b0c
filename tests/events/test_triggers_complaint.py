"""An official complaint lodged against someone (CAMEO 114): قدم/تقدم/رفع + a named subject +
شكوى, with ضد after it, is ACCUSE; a complaint to the police names no one accused."""
from filter_probes import detected_types as _types


def test_complaint_against():
    assert "ACCUSE" in _types("وتقدمت مصر بشكوى إلى مجلس الأمن الدولي ضد إسرائيل.")
    assert "ACCUSE" in _types("ورفع الاتحاد الأوروبي شكوى ضد الولايات المتحدة إلى منظمة التجارة.")


def test_no_complaint_against():
    assert "ACCUSE" not in _types("وقدم والد الضحية شكوى إلى الشرطة.")
    assert "ACCUSE" not in _types("وكانت القبيلة، قدمت شكوى إلى مجلس حقوق الإنسان ضد الحكومة.")
