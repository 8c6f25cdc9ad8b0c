"""A participle of a verbal act right after كان or a verb of remaining is the predicate of a
past or lasting state, no act (SPEC 2.7): "الذي كان رافضا للفكرة", "ما زال مطالبا"."""
import pytest

from filter_probes import detected_types


@pytest.mark.parametrize("sentence", [
    "وعاد المدرب الذي كان رافضا للعرض إلى تدريب الفريق هذا الموسم.",
    "وقال إن النائب ظل منددا بالسياسة الاقتصادية طوال السنوات الماضية.",
])
def test_participle_after_kana_is_a_state(sentence):
    assert detected_types(sentence) == []


def test_circumstantial_participle_kept():
    assert "REJECT" in detected_types("وغادر الوزير القاعة رافضا للعرض الذي قدمته الشركة.")
