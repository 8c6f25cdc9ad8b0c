""""أعلنت مصادر، السبت، عن مقتل قيادي في غارة": the day between a reporting verb and the عن that
opens its news dates the announcement (the act then or in the days before), as with أن."""

HODEIDAH = ("الحديدة", 14.8, 42.95, "YE", "city")
SATURDAY = ("السبت", "2024-02-10", "day")
THURSDAY = ("الخميس الماضي", "2024-02-08", "day")


def _run(ev, text, times):
    doc = ev.make_doc(text, places=[HODEIDAH], times=times)
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_lead_announced_about_a_strike_merges_with_its_dated_account(ev):
    text = ("أعلنت مصادر ميدانية، السبت، عن مقتل قيادي في غارة جوية في مدينة الحديدة. "
            "وقالت المصادر إن القيادي قتل في غارة جوية، الخميس الماضي، في مدينة الحديدة.")
    (strike,) = _run(ev, text, [SATURDAY, THURSDAY])
    assert strike.date == "2024-02-08"


def test_the_day_of_an_announcement_about_a_strike_is_its_week(ev):
    text = "أعلنت مصادر ميدانية، السبت، عن مقتل قيادي في غارة جوية في مدينة الحديدة."
    (strike,) = _run(ev, text, [SATURDAY])
    assert (strike.date, strike.time_precision) == ("2024-02-10", "week")


def test_a_day_before_an_outcome_verbs_an_is_the_acts_day(ev):
    # must not fire: أسفر is no reporting verb; its day is the shelling's
    text = "أسفر القصف السبت عن مقتل قيادي في مدينة الحديدة."
    (strike,) = _run(ev, text, [SATURDAY])
    assert strike.time_precision == "day"


def test_a_day_after_the_acts_own_verb_is_its_day(ev):
    # must not fire: no reporting verb, no عن
    text = "شنت الطائرات السبت غارة جوية على مدينة الحديدة."
    (strike,) = _run(ev, text, [SATURDAY])
    assert strike.time_precision == "day"
