"""Nominal actors (events_actors.tsv rows "قوات الجيش", "قوات الشرطه"): the army's or the
police's forces are one party — "قوات الجيش اليمني" is one actor (YEMMIL), not "قوات" as actor
and "الجيش اليمني" as target."""

MARIB = ("مأرب", 15.46, 45.32, "YE", "city")


def test_the_armys_forces_are_one_actor(ev):
    doc = ev.make_doc("مأرب - وتقدمت قوات الجيش اليمني نحو مواقع المتمردين في مأرب الأحد.", places=[MARIB])
    evs = [e for e in ev.run(doc) if e.type == "MOBILIZE"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("قوات الجيش اليمني", "YEMMIL")]
    assert "الجيش اليمني" not in [t.text for t in evs[0].targets]


# must not fire: "قوات" alone stays a nominal of its own
def test_forces_alone_unchanged(ev):
    doc = ev.make_doc("مأرب - وتقدمت قوات نحو مواقع المتمردين في مأرب الأحد.", places=[MARIB])
    evs = [e for e in ev.run(doc) if e.type == "MOBILIZE"]
    assert evs and [a.text for a in evs[0].actors] == ["قوات"]
