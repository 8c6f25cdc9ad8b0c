"""A day told in the sentence before only for a statement ("توعدت سوريا الجمعة الدول الغربية")
is the day of that report, not of an act the next sentence tells without a date ("وقالت واشنطن
إن الجيش شن الهجوم الكيميائي"): the act gets the week up to it, as a day a reporting verb names
already does (audit U39b ant-FR-middleEast-274-20180413: the Douma attack coded again on the
day of Syria's threat)."""
from __future__ import annotations

from rasd.model.record import TimeExpr

_PLACES = [("حلب", 36.2, 37.15, "SY", "city")]


def _doc(ev, text, needle, value="2024-05-10"):
    doc = ev.make_doc(text, published="2024-05-10", places=_PLACES,
                      entities=[("الحكومة السورية", "ORG", "SYRGOV")])
    k = text.find(needle)
    doc.times = [TimeExpr("t1", k, k + len(needle), needle, "date", value, None, "day", "published")]
    return doc


def _attack(ev, doc):
    return next(e for e in ev.run(doc) if e.type == "ASSAULT")


def test_act_after_a_statement_day_gets_the_week(ev):
    text = ("هددت الحكومة السورية الجمعة بالرد على أي هجوم. "
            "وقال مسؤول إن المسلحين قصفوا حلب بالصواريخ.")
    e = _attack(ev, _doc(ev, text, "الجمعة"))
    assert (e.date, e.time_precision) == ("2024-05-10", "week")


def test_day_of_an_act_stays_a_day(ev):
    # must not fire: the day dates an act too in the sentence before
    text = ("قصف المسلحون حلب الجمعة وهددت الحكومة السورية بالرد. "
            "وقال مسؤول إن المسلحين قصفوا حلب بالصواريخ.")
    e = _attack(ev, _doc(ev, text, "الجمعة"))
    assert (e.date, e.time_precision) == ("2024-05-10", "day")


def test_meeting_after_a_statement_day_stays_on_it(ev):
    # must not fire: a meeting after a statement's day is where it was said, on that day
    text = ("طالب رئيس البرلمان سليم الجبوري الاثنين الحكومة بإقالة الوزراء. "
            "وقال الجبوري في مؤتمر صحافي عقب اجتماع مع قادة الكتل إن المجلس سيحاسبهم.")
    doc = ev.make_doc(text, published="2024-05-10", entities=[("الجبوري", "PER", None)],
                      quotes=[("الجبوري", "المجلس سيحاسبهم")])
    k = text.find("الاثنين")
    doc.times = [TimeExpr("t1", k, k + 7, "الاثنين", "date", "2024-05-06", None, "day", "published")]
    e = next(e for e in ev.run(doc) if e.type == "CONSULT")
    assert (e.date, e.time_precision) == ("2024-05-06", "day")
