"""Actors of events (event_actors_clause.hit_object): a name after a verb of hitting (استهدف، طال،
هز) that follows the act, or whose subject the act is, is what was hit — not the subject of a
VSO reading of the act noun."""
import pytest

GAZA = ("غزة", 31.5, 34.47, "PS", "city")
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")


@pytest.mark.parametrize("text,hit", [
    ("وقتل سبعة أشخاص في انفجار استهدف موكب الوزير في غزة أمس.", "الوزير"),
    ("وأصيب سبعة أشخاص في انفجار هز مقر الحكومة في غزة أمس.", "الحكومة"),
    ("واستهدف انفجار موكب رئيس الوزراء في غزة أمس.", "رئيس الوزراء"),
])
def test_what_the_act_hit_is_not_its_doer(ev, text, hit):
    doc = ev.make_doc(text, places=[GAZA])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs
    assert all(hit not in [x.text for x in e.actors] for e in evs)
    assert any(hit in [x.text for x in e.targets] for e in evs)


# must not fire: a doer right after the verb of hitting or of attacking
@pytest.mark.parametrize("text,doer", [
    ("واستهدف مسلحون مقر الشرطة في دمشق أمس.", "مسلحون"),
    ("وهاجم مسلحون مقر الشرطة في دمشق أمس.", "مسلحون"),
])
def test_a_doer_after_the_verb_stays(ev, text, doer):
    doc = ev.make_doc(text, places=[DAMASCUS])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and [x.text for x in evs[0].actors] == [doer]
