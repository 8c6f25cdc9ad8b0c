"""A verbal act whose subject is "some" or "many" people (ودعا البعض، واتهم كثيرون) has no named
political actor (SPEC 2.6); a named or institutional caller is kept."""
from filter_probes import detected_types as _types


def test_some_people_dropped():
    assert "REQUEST" not in _types("ودعا البعض على مواقع التواصل إلى محاسبة القاضي.")
    assert "ACCUSE" not in _types("واتهم كثيرون الشركة بالتقصير في حماية العمال.")


def test_named_callers_kept():
    assert "REQUEST" in _types("ودعا الرئيس البرلمان إلى إقرار القانون.")
    assert "REQUEST" in _types("ودعا بعض النواب الحكومة إلى الاستقالة.")
