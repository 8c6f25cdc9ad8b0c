"""The imperfect of striking with عن + work or food is a strike or a hunger strike ("الحراس
يضربون عن العمل", "يضربون عن الطعام"); يضرب without them (also "beats") is no strike."""
from filter_probes import detected_modes as _modes, detected_types


def test_strike_with_an():
    assert ("PROTEST", "strike") in _modes("وقال النقابي إن عمال الميناء يضربون عن العمل منذ يومين.")
    assert ("PROTEST", "hunger-strike") in _modes("وقال المحامي إن المعتقلين يضربون عن الطعام منذ أسبوعين.")


def test_beating_no_strike():
    assert "PROTEST" not in detected_types("وقال شاهد إن الحراس يضربون السجناء في الزنازين.")
