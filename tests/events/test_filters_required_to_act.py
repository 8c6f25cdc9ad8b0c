""""الحكومة مطالبة بأن …": the passive participle as a predicate says who is required to act — a
duty, no call made; the active participle after a verb and the verbal noun before its subject
are calls (REQUEST)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وقال الخبير إن الوزارة مطالبة بأن تراجع خطتها في أسرع وقت.",
    "معتبرا أن الحكومة مطالبة بأن توقف الاعتقالات العشوائية فورا.",
    "وأكد أنها مطالبة بأن تتحمل مسؤولياتها.",
])
def test_duty_is_no_request(sentence):
    assert "REQUEST" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وتظاهر المئات أمام البرلمان مطالبين بإقالة الوزير.",
    "وجددت النقابة مطالبة الحكومة بزيادة الأجور.",
    "ووجهت الجمعية رسالة مطالبة بأن تفرج السلطات عن الموقوفين.",
])
def test_calls_kept(sentence):
    assert "REQUEST" in _types(sentence)
