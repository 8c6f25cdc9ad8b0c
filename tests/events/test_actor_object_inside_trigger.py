"""Actors of events (event_actors.actors_targets): a party that starts inside a trigger of several
words and runs past it ("طرد السفير الأمريكي", trigger "طرد السفير") is the act's object, a
target; the doer is found as for any act (the state before the verb)."""

RIYADH = ("الرياض", 24.7, 46.7, "SA", "city")


def _doc(ev, text):
    doc = ev.make_doc(text, places=[RIYADH])
    for p in doc.places:
        p.name_en = "Riyadh"
    return doc


def test_the_expelled_ambassador_is_the_target(ev):
    evs = [e for e in ev.run(_doc(ev, "وقررت الرياض طرد السفير الأمريكي ومنحته يوما لمغادرة البلاد.")) if e.type == "SANCTION"]
    assert [(a.text, a.code) for e in evs for a in e.actors] == [("الرياض", "SAUGOV")]
    assert [(t.text, t.code) for e in evs for t in e.targets] == [("السفير الأمريكي", "USAGOV")]


SAUDI = ("السعودية", 24.0, 45.0, "SA", "country")


def test_the_state_announcing_the_expulsion_does_it(ev):
    text = "وجاء ذلك بعد إعلان السعودية عن طرد السفير الأمريكي واستدعاء سفيرها."
    evs = [e for e in ev.run(ev.make_doc(text, places=[SAUDI])) if e.type == "SANCTION"]
    assert [(a.text, a.code) for e in evs for a in e.actors] == [("السعودية", "SAUGOV")]
    assert [(t.text, t.code) for e in evs for t in e.targets] == [("السفير الأمريكي", "USAGOV")]
