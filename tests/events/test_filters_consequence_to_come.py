"""An act after أن/إن that is the subject of a future verb of consequence ("… سيجعل", "… ستؤدي")
is talked of, not done; a relative clause, a day or an object reading keeps it news."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "وحذر الرئيس من أن هجوم الجيش على المدينة سيجعل بلاده غاضبة جدا.",
    "وأضاف أن الهجوم على المدينة سيكون كارثيا على المدنيين.",
    "وقال المحلل إن القصف على المنشآت سيؤدي إلى حرب شاملة.",
])
def test_act_with_a_consequence_to_come_suppressed(sentence):
    assert "ASSAULT" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقال إن الهجوم الذي شنته القوات على المدينة سيؤدي إلى تصعيد.",  # a relative clause
    "وقال إن قصف أمس على المدينة سيدفع السكان إلى النزوح.",  # a day
    "وشنت القوات هجوما واسعا على المدينة سيغير موازين القوى.",  # an object, no أن
])
def test_act_told_before_its_consequence_kept(sentence):
    assert "ASSAULT" in _types(sentence)
