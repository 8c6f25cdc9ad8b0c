"""Actors (event_actors_titles._posted_in): after an envoy's title, في + place is his post, as لدى is,
and the person named right after it holds the title — "هدد سفير روسيا في لبنان ألكسندر زاسيبكين" is
one actor, not the ambassador threatening Zasypkin (audit U54). A meeting's guest still follows
where it was held ("استقبل السفير الروسي في القاهرة سمير داود")."""

LEBANON = ("لبنان", 33.9, 35.8, "LB", "country")
RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")


def _roles(ev, text, etype, person):
    doc = ev.make_doc(text, places=[p for p in (LEBANON, RUSSIA) if p[0] in text], entities=[(person, "PER", None)])
    return [([a.text for a in e.actors], [t.text for t in e.targets]) for e in ev.run(doc) if e.type == etype]


def test_envoy_named_after_his_post(ev):
    # (the title coded by its own country stays the actor; the name is his, no target)
    got = _roles(ev, "وهدد سفير روسيا في لبنان فلاديمير بيتروف بالرد على أي ضربة.", "THREATEN", "فلاديمير بيتروف")
    assert got and got[0][0] and "فلاديمير بيتروف" not in got[0][1]


def test_meeting_guest_after_the_place(ev):
    # must not fire: the one received comes after where the meeting was
    got = _roles(ev, "واستقبل السفير الروسي في لبنان فلاديمير بيتروف أمس.", "CONSULT", "فلاديمير بيتروف")
    assert got and "فلاديمير بيتروف" in got[0][1]
