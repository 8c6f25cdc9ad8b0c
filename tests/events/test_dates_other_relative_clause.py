"""A day inside one relative clause ("الرجل الذي طرد يوم السبت") does not date an act told in a
second relative clause of the sentence ("المسلح الذي نفذ الهجوم"): each clause tells of someone
else (event_dates.pick_time; audit U50 ant-JA-localNews-1852-20170227)."""

SATURDAY = ("يوم السبت", "2017-02-25", "day")
BERLIN = ("برلين", 52.52, 13.4, "DE", "city")


def _assaults(ev, text):
    doc = ev.make_doc(text, published="2017-02-27", places=[BERLIN], times=[SATURDAY])
    return [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_day_of_another_relative_clause_is_not_the_acts(ev):
    text = "وأضافت أن اسم الرجل الذي طرد يوم السبت كان مسجلا لدى المسلح الذي نفذ الهجوم في برلين."
    assert all(e.date != "2017-02-25" for e in _assaults(ev, text))


def test_day_of_the_acts_own_relative_clause_stays(ev):
    # must not fire: the day stands in the act's own relative clause
    text = "وأضافت أن اسم الرجل كان مسجلا لدى المسلح الذي نفذ الهجوم في برلين يوم السبت."
    (e,) = _assaults(ev, text)
    assert e.date == "2017-02-25"


def test_day_of_the_antecedent_stays(ev):
    # must not fire: the day belongs to the noun the relative clause describes
    text = "وقتل ثلاثة أشخاص في هجوم يوم السبت الذي استهدف سوقا في برلين."
    doc = ev.make_doc(text, published="2017-02-27", places=[BERLIN], times=[SATURDAY],
                      quantities=[("ثلاثة أشخاص", 3, "exact", "killed")])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and all(e.date == "2017-02-25" for e in evs)
