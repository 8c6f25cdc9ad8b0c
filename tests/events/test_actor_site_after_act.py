"""Actors of events (event_actors_clause.where_it_happened): a name behind a locative word right
after the act tells where it happened; it is not the subject of a VSO verb."""
import pytest

ESKI = ("اسكي شهر", 39.77, 30.52, "TR", "city")
DAMASCUS = ("دمشق", 33.51, 36.29, "SY", "city")


@pytest.mark.parametrize("text,site", [
    ("وقتل أربعة أشخاص في إطلاق نار داخل جامعة الأناضول في اسكي شهر أمس.", "جامعة الأناضول"),
    ("وقتل أربعة أشخاص في إطلاق النار في ثانوية كمال أتاتورك في اسكي شهر أمس.", "كمال أتاتورك"),
])
def test_a_site_after_the_act_is_not_its_doer(ev, text, site):
    doc = ev.make_doc(text, entities=[(site, "ORG", None)], places=[ESKI])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert site not in [x.text for x in a.actors]


# must not fire: a subject after the verb, bare or behind a place name
@pytest.mark.parametrize("text,doer", [
    ("وأطلق مسلحون النار على حاجز للشرطة في دمشق أمس.", "مسلحون"),
    ("التقى في دمشق وزير الخارجية المصري نظيره السوري أمس.", "وزير الخارجية المصري"),
])
def test_a_subject_after_the_verb_stays_the_doer(ev, text, doer):
    doc = ev.make_doc(text, places=[DAMASCUS])
    evs = [e for e in ev.run(doc) if e.type in ("ASSAULT", "CONSULT")]
    assert evs and [x.text for x in evs[0].actors] == [doer]
