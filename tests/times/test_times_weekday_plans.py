"""Which weekday (audit U22 T-2): a date right after it says which; a present verb of
planning or starting puts it ahead; a plan called off ("كان من المقرر … لكنه تأجل") behind."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,pub,word,value", [
    ("اعتقلت الشرطة شخصا كان يخطط لتنفيذ اعتداء الأربعاء خلال الاحتفالات.", "2018-07-02", "الأربعاء", "2018-07-04"),
    ("أعلن الجيش هدنة لمدة خمسة أيام تبدأ منتصف ليلة الإثنين.", "2015-07-26", "الإثنين", "2015-07-27"),
    ("وكان من المقرر أن يجري التصويت على القرار الجمعة، لكنه تأجل.", "2018-02-24", "الجمعة", "2018-02-23"),
    # must not fire: a past verb; a planned day not called off
    ("بدأت الهدنة ليلة الاثنين.", "2015-07-29", "الاثنين", "2015-07-27"),
    ("وكان من المقرر أن يصل الوفد الخميس.", "2015-07-27", "الخميس", "2015-07-30"),
])
def test_weekday_direction(run_times, text, pub, word, value):
    got = [t.value for t in run_times(text, pub) if t.text.endswith(word)]
    assert got == [value]


def test_weekday_then_date(run_times):
    got = run_times("قال إنه يريد تفجير آلية في المدينة الأربعاء في الرابع من تموز/يوليو.", "2018-07-02")
    assert [t.value for t in got] == ["2018-07-04"]


@pytest.mark.parametrize("text,pub,value", [
    # audit U48: "كانت ستعقد" (was to be held) in a relative clause says nothing of the weekday
    ("وألغى الرئيس الزيارة التي كانت ستجري في باريس، في رسالة بعث بها، الخميس.", "2018-05-26", "2018-05-24"),
    ("وأرجأ الوزير الجولة التي كان سيقوم بها في رسالة نشرها الخميس.", "2018-05-26", "2018-05-24"),
    # must not fire: a plain future
    ("وسيجري الوزير محادثات في باريس الخميس.", "2018-05-26", "2018-05-31"),
])
def test_future_in_the_past(run_times, text, pub, value):
    assert [t.value for t in run_times(text, pub)] == [value]
