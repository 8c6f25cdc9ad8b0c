"""An act noun right after a law word or a right names the law or the right ("قانون المصادرة",
"الحق في التظاهر"), not an act."""
import pytest

from filter_probes import read_types as _read_types


@pytest.mark.parametrize("sentence,etype", [
    ("وأضاف أن الحكومة وضعت قانونا لمقاومة التهريب وهو قانون المصادرة.", "COERCE"),
    ("وصادق المجلس على قانون الاعتقال الإداري.", "COERCE"),
    ("وأيد النواب قانون التظاهر الجديد.", "PROTEST"),
    ("وقال إن كفالة حقوق الإنسان والحق في التظاهر تؤدي إلى الاستقرار.", "PROTEST"),
    ("وأكد أن حق التظاهر السلمي مكفول.", "PROTEST"),
])
def test_law_name_suppressed(sentence, etype):
    assert etype not in _read_types(sentence)


@pytest.mark.parametrize("sentence,etype", [
    ("وصادرت الشرطة أسلحة بموجب القانون.", "COERCE"),
    ("واعتقلت الشرطة خمسة أشخاص بموجب قانون الطوارئ.", "COERCE"),
    ("وتظاهر المئات في الساحة للمطالبة بحق العودة.", "PROTEST"),
])
def test_act_under_a_law_kept(sentence, etype):
    assert etype in _read_types(sentence)
