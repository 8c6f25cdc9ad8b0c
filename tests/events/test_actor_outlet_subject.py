"""Actors of events (event_actors_clause.outlet_subject): a news outlet right after a VSO verb is its
subject ("واتهمت الوكالة الحوثيين"); outlets are no candidates, so the name after it is the
object — not promoted to actor."""
import pytest

MARIB = ("مأرب", 15.46, 45.32, "YE", "city")


def test_the_name_after_an_outlet_subject_is_no_actor(ev):
    text = "واتهمت الوكالة الحوثيين بالوقوف خلف القصف في مأرب أمس."
    doc = ev.make_doc(text, places=[MARIB], entities=[("الحوثيين", "ORG", "YEMREB")])
    assert all("الحوثيين" not in [x.text for x in e.actors] for e in ev.run(doc))


# must not fire: a party right after the verb is its subject
@pytest.mark.parametrize("text,doer", [
    ("واتهمت الحكومة اليمنية الحوثيين بالوقوف خلف القصف في مأرب أمس.", "الحكومة اليمنية"),
    ("واستهدفت الطائرات موقعا للحوثيين في مأرب أمس.", "الطائرات"),
])
def test_a_party_after_the_verb_stays_the_doer(ev, text, doer):
    doc = ev.make_doc(text, places=[MARIB], entities=[("الحوثيين", "ORG", "YEMREB")])
    evs = [e for e in ev.run(doc) if e.type in ("ACCUSE", "ASSAULT")]
    assert evs and [x.text for x in evs[0].actors] == [doer]
