"""Actors of events (event_actors_clause.feminine_verb): the feminine dual perfect ("اتفقتا",
"أعلنتا") has the two states before it as subject — "أعلن الرئيس أن موسكو والقاهرة اتفقتا على
إقامة منطقة" is agreed by Moscow and Cairo, not by the president who tells it (audit U50
ant-SK-middleEast-3931-20181017)."""

PLACES = [("روسيا", 61.5, 105.3, "RU", "country"), ("مصر", 26.8, 30.8, "EG", "country")]


def test_dual_feminine_verb_takes_the_two_states(ev):
    text = "وأعلن رئيس الوزراء أن روسيا ومصر اتفقتا على إقامة منطقة صناعية مشتركة."
    doc = ev.make_doc(text, places=PLACES)
    (e,) = [e for e in ev.run(doc) if e.type == "AGREE"]
    assert sorted(a.code for a in e.actors) == ["EGYGOV", "RUSGOV"]


def test_singular_masculine_verb_unchanged(ev):
    # must not fire: "اتفق" is no feminine verb; the states after it agree (mutual subjects)
    text = "واتفق الرئيسان في روسيا على إقامة منطقة صناعية مشتركة في مصر."
    doc = ev.make_doc(text, places=PLACES)
    evs = [e for e in ev.run(doc) if e.type == "AGREE"]
    assert all("EGYGOV" not in [a.code for a in e.actors] for e in evs)
