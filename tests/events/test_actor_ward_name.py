"""Candidates (event_actors_named.clause_candidates): people nouns that name a ward or unit
("قسم الأطفال", "جناح النساء", "دار الأيتام") are part of the place's name, no party — "جولته
بزيارة قسم الطوارئ وقسم الأطفال" visits no children (audit U50 saudinewsnet-2015-08-11-00061)."""

RIYADH = ("الرياض", 24.71, 46.68, "SA", "city")


def test_ward_named_after_people_is_no_target(ev):
    text = "وقام وزير الصحة أمس بزيارة قسم الأطفال في مستشفى الملك فهد في الرياض."
    doc = ev.make_doc(text, places=[RIYADH])
    evs = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert evs and all("الأطفال" not in [t.text for t in e.targets] for e in evs)


def test_children_visited_stay(ev):
    # must not fire: children visited themselves are the target
    text = "وقام وزير الصحة أمس بزيارة الأطفال المرضى في مستشفى الملك فهد في الرياض."
    doc = ev.make_doc(text, places=[RIYADH])
    evs = [e for e in ev.run(doc) if e.type == "CONSULT"]
    assert any("الأطفال" in [t.text for t in e.targets] for e in evs)
