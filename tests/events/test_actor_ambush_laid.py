"""Actors of attacks (event_actors_physical.waged_by): the subject of "نصبه/نصبها" after an ambush
laid it; the soldiers killed in it are its targets — "قتل ثلاثة جنود في كمين نصبه مسلحون" made
the soldiers the ambushers."""

GAO = ("غاو", 16.27, -0.04, "ML", "city")


def test_who_laid_the_ambush_does_it(ev):
    text = "وقتل ثلاثة جنود في كمين نصبه مسلحون قرب مدينة غاو."
    doc = ev.make_doc(text, places=[GAO], quantities=[("ثلاثة جنود", 3, "exact", "killed")])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["مسلحون"]
    assert [t.text for t in evs[0].targets] == ["جنود"]
