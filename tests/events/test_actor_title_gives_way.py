"""Actors of events (event_actors_titles.title_holders, _context_coded): a one-word title ("الرئيس",
"الملك") coded only from the article's country gives way to the person named right after it,
who keeps that code ("انتقد الرئيس سلفا ماير المعارضة" → actor سلفا ماير, SSDGOV); a title
coded by its own adjective ("العاهل الأردني") stays the actor."""

JUBA = ("جوبا", 4.85, 31.58, "SS", "city")


def _doc(ev, text, entities):
    return ev.make_doc(text, entities=entities, places=[JUBA])


def test_the_named_person_replaces_a_context_coded_title(ev):
    text = "جوبا - انتقد الرئيس سلفا ماير المعارضة المسلحة بشدة أمس."
    evs = [e for e in ev.run(_doc(ev, text, [("سلفا ماير", "PER", None)])) if e.type == "ACCUSE"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("سلفا ماير", "SSDGOV")]
    assert "الرئيس" not in [t.text for t in evs[0].targets]


def test_the_persons_own_code_wins(ev):
    text = "جوبا - انتقد الرئيس سلفا ماير المعارضة المسلحة بشدة أمس."
    evs = [e for e in ev.run(_doc(ev, text, [("سلفا ماير", "PER", "SSDGOV")])) if e.type == "ACCUSE"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("سلفا ماير", "SSDGOV")]


# must not fire: a title with its nationality adjective stays the actor (its own evidence)
def test_a_title_with_its_adjective_stays(ev):
    text = "جوبا - انتقد الرئيس السوداني عمر حامد المعارضة المسلحة بشدة أمس."
    evs = [e for e in ev.run(_doc(ev, text, [("عمر حامد", "PER", None)])) if e.type == "ACCUSE"]
    assert evs and [a.text for a in evs[0].actors] == ["الرئيس السوداني"]


def test_a_country_in_the_titles_complement_codes_the_person(ev):
    text = "أديس أبابا - واستقبل رئيس دولة جنوب السودان سلفا ماير وفدا من المعارضة في أديس أبابا."
    doc = ev.make_doc(text, entities=[("سلفا ماير", "PER", None)],
                      places=[("أديس أبابا", 9.03, 38.74, "ET", "city"),
                              ("جنوب السودان", 7.0, 30.0, "SS", "country")])
    evs = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [("سلفا ماير", "SSDGOV")]
