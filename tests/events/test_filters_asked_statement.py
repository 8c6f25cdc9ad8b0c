"""A support, condemnation or rejection asked for by a call (بـ/إلى on it, a call before it in its
clause) is not given: the call is the REQUEST (SPEC 2.6)."""
from filter_probes import detected_types


def test_asked_statements_dropped():
    assert "SUPPORT" not in detected_types("وطالب رئيس البرلمان رؤساء الكتل السياسية بتأييد ورقة الإصلاح.")
    assert "ACCUSE" not in detected_types("وطالب الوزير الدول الأعضاء بإدانة الهجوم.")
    assert "REJECT" not in detected_types("ودعت الوزارة المجتمع الدولي إلى رفض القرار الإسرائيلي.")


def test_given_statements_kept():
    assert "ACCUSE" in detected_types("وأدان الوزير الهجوم، داعيا إلى محاسبة المسؤولين.")
    assert "SUPPORT" in detected_types("وأشاد الوزير بالاتفاق وطالب بتنفيذه.")
