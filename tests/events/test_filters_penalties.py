"""Penalties and sentences are not acts (SPEC 2.6: sentences are no events): detention named
beside a fine ("الغرامة والتوقيف") and a death sentence as a simile ("كحكم الإعدام")."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence, gone", [
    ("وقال رئيس البلدية إن العقوبة التي تضاف إليها الغرامة والتوقيف ستطبق على كل مخالف.", "COERCE"),
    ("ويواجه المخالفون عقوبة التوقيف لمدة أسبوع وفق القانون الجديد.", "COERCE"),
    ("ويرى الكاتب أن هذا القانون الجديد يعتبر كحكم الإعدام للاتفاق السابق.", "ASSAULT"),
])
def test_penalty_no_act(sentence, gone):
    assert gone not in _types(sentence)


def test_arrest_told_kept():
    assert "COERCE" in _types("وأعلنت الشرطة توقيف ثلاثة أشخاص ودفع غرامة مالية أمس.")
    assert "ASSAULT" in _types("ونفذت السلطات حكم الإعدام بحق المدان فجر اليوم.")
