"""Audit U46: words that look like times or hide them. "في أمس الحاجة" is the elative
(direst need), not yesterday; "عمر المرشح 40 عاما", "البالغين 18 عاما" are ages (SPEC §2.7);
a month name that is also a word ("مارس" practised) is the month after a preposition
("في مارس"); "بحلول سبتمبر" (by September) looks ahead."""
from __future__ import annotations

import pytest

PUB = "2016-07-20"


@pytest.mark.parametrize("text", [
    "ووزعت الجمعية الطرود على عائلات كانت في أمس الحاجة إليها.",
    "ويشترط القانون أن يكون عمر المرشح 35 عاما على الأقل.",
    "ويحق للشبان البالغين 18 عاما التصويت.",
    "وحدد النظام سن الناخب 21 عاما.",
    "وقال قائد المقاومة في اب إن المعارك مستمرة.",
])
def test_no_time(run_times, text):
    assert run_times(text, PUB) == []


@pytest.mark.parametrize("text,value", [
    ("وأقر البرلمان الميزانية في مارس بعد نقاش طويل.", "2016-03"),
    ("ويتوقع المصرف رفع الفائدة بحلول سبتمبر.", "2016-09"),
    ("ويتوقع المصرف خفض الفائدة بحلول مارس.", "2017-03"),
    ("وأعلنت الحكومة في سبتمبر خطة جديدة.", "2015-09"),
])
def test_month(run_times, text, value):
    assert [t.value for t in run_times(text, PUB)] == [value]


@pytest.mark.parametrize("text", [
    "مارس الوزير ضغوطا على النواب.",
    "وظل الجيش يمارس مهامه.",
])
def test_verb_not_month(run_times, text):
    assert run_times(text, PUB) == []


@pytest.mark.parametrize("text,value", [
    ("وقال الوزير أمس إن الوضع هادئ.", "2016-07-19"),
    ("ودامت الأزمة 5 أعوام.", "P5Y"),
])
def test_plain_stay(run_times, text, value):
    assert value in [t.value for t in run_times(text, PUB)]


@pytest.mark.parametrize("text,span", [
    ("وكان الوزير قد فجر الخميس غضبه بسبب المبادرة.", "الخميس"),
    ("وقع الهجوم فجر الخميس.", "فجر الخميس"),
])
def test_dawn_or_verb(run_times, text, span):
    assert [t.text for t in run_times(text, "2018-08-19")] == [span]
