"""A sniper named without any word of firing or harm in the sentence is an actor placed or
blamed, no shooting ("ينشر المتمردون القناصة على الأسطح"); with one, the shooting stays."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وينشر المتمردون القناصة على أسطح المباني.",
    "وقال إن قناصة الجيش يمنعون السكان من الخروج.",
])
def test_no_shooting(sentence):
    assert "ASSAULT" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقتل شاب برصاص قناص في حي الوعر.",
    "وأصيب مدنيان بنيران القناصة في وسط المدينة.",
    "وأطلق قناص النار على طفل في الحي.",
])
def test_shooting_kept(sentence):
    assert "ASSAULT" in _types(sentence)
