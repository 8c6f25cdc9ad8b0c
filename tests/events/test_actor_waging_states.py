"""Actors of events (event_actors_waging.waging_states): countries and capitals that are the
subject of a verb of waging ("شنت تركيا وإيران غارات", "الضربات التي نفذتها موسكو ودمشق") strike
as their armies (<ISO3>MIL); a state after the act with no waging verb is where it happened."""

PLACES = [("تركيا", 39.0, 35.0, "TR", "country"), ("إيران", 32.0, 53.0, "IR", "country"),
          ("روسيا", 61.5, 105.3, "RU", "country"), ("سوريا", 35.0, 38.0, "SY", "country"),
          ("العراق", 33.0, 44.0, "IQ", "country")]


def _assaults(ev, text, times=()):
    return [e for e in ev.run(ev.make_doc(text, places=[p for p in PLACES if p[0] in text], times=times))
            if e.type == "ASSAULT"]


def test_states_before_the_strikes_wage_them(ev):
    (e,) = _assaults(ev, "وبعد يومين من الهجوم، شنت تركيا وإيران غارات جوية على مواقع المسلحين.")
    assert [(a.text, a.code) for a in e.actors] == [("تركيا", "TURMIL"), ("إيران", "IRNMIL")]


def test_states_after_the_relative_waging_verb(ev):
    (e,) = _assaults(ev, "وتصاعد التوتر بعد الضربات التي نفذتها روسيا وسوريا على البلدات الحدودية.")
    assert [(a.text, a.code) for a in e.actors] == [("روسيا", "RUSMIL"), ("سوريا", "SYRMIL")]


# must not fire: no verb of waging; the country is where the strikes fell
def test_a_country_after_strikes_is_their_place(ev):
    evs = _assaults(ev, "وقتل خمسة مدنيين في غارات جوية على العراق أمس.")
    assert all(not e.actors or all(a.code != "IRQMIL" for a in e.actors) for e in evs)


# the act's time may stand between the states and the strikes ("فجر اليوم،", "مساء أمس")
def test_states_before_the_time_of_the_strikes_wage_them(ev):
    (e,) = _assaults(ev, "وشنت تركيا وإيران فجر اليوم، غارات جوية على مواقع المسلحين في العراق.",
                     times=[("فجر اليوم", "2024-02-12", "day")])
    assert [(a.text, a.code) for a in e.actors] == [("تركيا", "TURMIL"), ("إيران", "IRNMIL")]


def test_one_state_before_the_time_of_the_strikes(ev):
    (e,) = _assaults(ev, "ونفذت روسيا مساء أمس غارات جوية على مواقع المسلحين في سوريا.",
                     times=[("مساء أمس", "2024-02-11", "day")])
    assert [(a.text, a.code) for a in e.actors] == [("روسيا", "RUSMIL")]


# must not fire: a state named after the strikes is where they fell, not their doer
def test_a_time_alone_names_no_state(ev):
    evs = _assaults(ev, "وشنت الطائرات فجر اليوم غارات جوية على مواقع في العراق.",
                    times=[("فجر اليوم", "2024-02-12", "day")])
    assert evs and all(a.text != "العراق" for e in evs for a in e.actors)
