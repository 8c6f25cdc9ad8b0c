"""Actors and targets of events (event_actors_named._storm_name): storms are named like people
("إعصار "فلورنس"", "العاصفة إيرما"); the name right after the storm noun is the storm, no party
of the evacuation or flight it causes."""

MIAMI = ("ميامي", 25.77, -80.19, "US", "city")


def _displaced(ev, text, name):
    doc = ev.make_doc(text, places=[MIAMI], entities=[(name, "PER", None)])
    return [e for e in ev.run(doc) if e.type == "DISPLACE"]


def test_a_named_hurricane_is_no_party(ev):
    text = "وأصدر حاكم الولاية أمرا بإجلاء أكثر من مليون شخص من ميامي مع اقتراب إعصار \"ماريا\" من السواحل."
    evs = _displaced(ev, text, "ماريا")
    assert evs and not any(p.text == "ماريا" for e in evs for p in e.actors + e.targets)


def test_a_named_storm_is_no_party(ev):
    evs = _displaced(ev, "وأصدر المحافظ أمرا بإجلاء أكثر من ألف شخص من ميامي قبل وصول العاصفة ماريا.",
                     "ماريا")
    assert evs and not any(p.text == "ماريا" for e in evs for p in e.actors + e.targets)


# must not fire: a person named with no storm noun before her stays a party
def test_a_person_is_still_a_party(ev):
    doc = ev.make_doc("واعتقلت الشرطة أمس الناشطة ماريا في ميامي.", places=[MIAMI],
                      entities=[("ماريا", "PER", None)])
    evs = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert any(t.text == "ماريا" for e in evs for t in e.targets)
