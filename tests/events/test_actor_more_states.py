"""Actors of events (gazetteer.countries.ISO3, read by event_actors_named.state_at and kin): a
country the gazetteer knows codes its government as <ISO3>GOV, European, Asian and American
states too, not only the Middle East's neighbours and the great powers ("أدانت إسبانيا",
"انتقدت اليونان")."""

SPAIN = ("إسبانيا", 40.46, -3.75, "ES", "country")
GREECE = ("اليونان", 39.07, 21.82, "GR", "country")
TURKEY = ("تركيا", 38.96, 35.24, "TR", "country")
JAPAN = ("اليابان", 36.2, 138.25, "JP", "country")


def _verbal(ev, text, places, kind):
    return [e for e in ev.run(ev.make_doc(text, places=places)) if e.type == kind]


def test_a_european_state_condemns(ev):
    (e,) = _verbal(ev, "وأدانت إسبانيا بشدة التفجير الذي استهدف كنيسة في القاهرة أمس.", [SPAIN], "ACCUSE")
    assert [(a.text, a.code) for a in e.actors] == [("إسبانيا", "ESPGOV")]


def test_a_state_accuses_another(ev):
    (e,) = _verbal(ev, "واتهمت اليونان تركيا بانتهاك مجالها الجوي مرات عدة.", [GREECE, TURKEY], "ACCUSE")
    assert [(a.text, a.code) for a in e.actors] == [("اليونان", "GRCGOV")]
    assert [(t.text, t.code) for t in e.targets] == [("تركيا", "TURGOV")]


def test_an_asian_state_is_addressed(ev):
    (e,) = _verbal(ev, "وطالبت تركيا اليابان بتسليم المطلوبين.", [TURKEY, JAPAN], "REQUEST")
    assert [(t.text, t.code) for t in e.targets] == [("اليابان", "JPNGOV")]


# must not fire: the place of an act outside the region does not code its unnamed doer (the
# sanctions "على كوريا الشمالية" are not North Korea's president's)
NORTH_KOREA = ("كوريا الشمالية", 40.3, 127.5, "KP", "country")


def test_a_far_place_does_not_code_the_unnamed_doer(ev):
    text = "وقد جدد الرئيس فرض العقوبات على كوريا الشمالية بسبب برنامجها النووي."
    evs = [e for e in ev.run(ev.make_doc(text, places=[NORTH_KOREA])) if e.type == "SANCTION"]
    assert all(a.code != "PRKGOV" for e in evs for a in e.actors)
