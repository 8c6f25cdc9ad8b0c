"""A network's name in quotation marks after شبكة is the outlet, not the country inside it
(audit ev24b, ant-BB-middleEast-555: 'شبكة "روسيا اليوم"' read as Russia)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"مصر": "LOCB"}


def test_a_quoted_network_name_is_the_outlet():
    got = mentions(run('وقال الوزير في مقابلة مع شبكة "مصر اليوم" الإخبارية إن الوفد وصل', {"مصر": "B-LOC"}, _NAMES))
    assert got == [("مصر اليوم", "ORG")]
    got = mentions(run('وقال مسؤول لشبكة «مصر الآن» إن الوفد وصل', {"مصر": "B-LOC"}, _NAMES))
    assert got == [("مصر الآن", "ORG")]


def test_a_network_without_quotation_marks_or_of_an_adjective_is_left():
    # must not fire: an unquoted smuggling network's place, a quoted adjective
    got = mentions(run("فككت الشرطة شبكة تهريب في مصر أمس", {"مصر": "B-LOC"}, _NAMES))
    assert got == [("مصر", "LOC")]
    assert mentions(run('فككت الشرطة شبكة "إرهابية" في مصر', {"مصر": "B-LOC"}, _NAMES)) == [("مصر", "LOC")]
