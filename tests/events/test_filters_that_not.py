""""ألا" (أن + لا) before an imperfect negates the act; "إلا" (except, however) does not."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence,etype", [
    ("وأضاف أن على الرئيس ألا يشن \"هجوما متهورا\" على المدينة.", "ASSAULT"),
    ("وطالب الوزير الجيش ألا يقصف المدينة.", "ASSAULT"),
    ("واتفقوا على ألا تشن القوات هجمات على المدنيين.", "ASSAULT"),
])
def test_that_not_suppressed(sentence, etype):
    assert etype not in _types(sentence)


@pytest.mark.parametrize("sentence,etype", [
    ("إلا أن القوات قصفت المدينة أمس.", "ASSAULT"),
    ("ولم يبق أمام السكان إلا النزوح من المدينة.", "DISPLACE"),
    ("وقصفت الطائرات المدينة، إلا يوم الجمعة.", "ASSAULT"),
    ("واتفقوا على ألا تشن القوات هجمات على المدنيين.", "AGREE"),
])
def test_except_kept(sentence, etype):
    assert etype in _types(sentence)
