"""A span of years counted back after an act ("منذ 26 سنة", "قبل سنوات") dates it that long
ago — older background — never the report's week (SPEC §2.6, §2.7)."""
from rasd.model.record import TimeExpr

HOMS = ("حمص", 34.73, 36.72, "SY", "city")


def _duration(doc, text, value):
    s = doc.text.find(text)
    doc.times.append(TimeExpr(f"t{len(doc.times) + 1}", s, s + len(text), text, "duration", value, None,
                              "year", "published"))
    return doc


def _arrests(ev, doc):
    return [e for e in ev.run(doc) if e.type == "COERCE"]


def test_an_arrest_years_back_is_too_old_to_code(ev):
    text = "قصفت الطائرات حي الوعر في حمص أمس. واعتقلت المخابرات شقيقه منذ 26 سنة ولم يفرج عنه."
    doc = _duration(ev.make_doc(text, published="2018-03-04", places=[HOMS], times=[("أمس", "2018-03-03", "day")]),
                    "منذ 26 سنة", "P26Y")
    assert not _arrests(ev, doc)  # 1992: dropped by the age test, not dated yesterday


def test_a_span_of_years_with_no_number_leaves_the_act_undated(ev):
    text = "قصفت الطائرات حي الوعر في حمص. وقالت العائلة إن المخابرات اعتقلت شقيقه قبل سنوات."
    doc = ev.make_doc(text, published="2018-03-04", places=[HOMS])
    (a,) = _arrests(ev, doc)
    assert (a.date, a.time_precision) == (None, "unknown")


def test_years_back_resolved_by_the_times_stage_give_that_year(ev):
    text = "قصفت الطائرات حي الوعر في حمص. وقالت العائلة إن المخابرات اعتقلت شقيقه قبل ثلاث سنوات."
    doc = ev.make_doc(text, published="2018-03-04", places=[HOMS], times=[("قبل ثلاث سنوات", "2015", "year")])
    assert not _arrests(ev, doc)  # 2015: older background


def test_a_comparison_since_years_keeps_the_news_date(ev):
    # "أعنف … منذ سنوات" measures the act, it does not date it
    text = "قصفت الطائرات حي الوعر في حمص في أعنف قصف منذ سنوات."
    (a,) = [e for e in ev.run(ev.make_doc(text, published="2018-03-04", places=[HOMS])) if e.type == "ASSAULT"]
    assert (a.date, a.time_precision) == ("2018-03-04", "week")


def test_a_year_before_another_happening_dates_nothing(ev):
    # "قبل عام من الانتخابات": counted from the elections, not back from the news
    text = "اعتقلت المخابرات الناشط في حمص قبل عام من الانتخابات."
    doc = _duration(ev.make_doc(text, published="2018-03-04", places=[HOMS]), "عام", "P1Y")
    (a,) = _arrests(ev, doc)
    assert a.time_precision == "week"


def test_a_day_in_the_clause_still_dates_the_act(ev):
    # the span belongs to a relative clause; the act's own day wins
    text = "اعتقلت المخابرات أمس في حمص الناشط الذي عاد من المنفى قبل سنوات."
    doc = ev.make_doc(text, published="2018-03-04", places=[HOMS], times=[("أمس", "2018-03-03", "day")])
    (a,) = _arrests(ev, doc)
    assert (a.date, a.time_precision) == ("2018-03-03", "day")
