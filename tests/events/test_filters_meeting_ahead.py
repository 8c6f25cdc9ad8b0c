"""A meeting named as when a future act is to be done is itself to come, no CONSULT (SPEC 2.6):
"سيتم الإعلان عن المدرب الجديد في أول اجتماع لمجلس الإدارة"."""
import pytest

from filter_probes import detected_types


@pytest.mark.parametrize("sentence", [
    "وقال المتحدث إنه سيتم الإعلان عن التشكيلة الحكومية الجديدة في أول اجتماع للبرلمان بعد العيد.",
    "وأكد الوزير أن الحكومة ستناقش مشروع الموازنة في اجتماعها الأسبوع المقبل.",
])
def test_meeting_ahead_is_no_consult(sentence):
    assert "CONSULT" not in detected_types(sentence)


def test_meeting_held_kept():
    assert "CONSULT" in detected_types("وناقش الوزراء مشروع الموازنة في اجتماع عقدوه أمس في العاصمة.")
