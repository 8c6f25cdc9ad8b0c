"""Held-out audit U39a (544): a verbal act of an actor named "في/من <town>" in this or the
three sentences before is placed in that town, not in the actor's home country
(events._speaker_town)."""
import pytest

LAVROV = ("لافروف", "PER", "RUSGOV")
RUSSIA = ("روسيا", 60.0, 90.0, "RU", "country")
TOKYO = ("طوكيو", 35.7, 139.7, "JP", "city")
LONDON = ("لندن", 51.5, -0.1, "GB", "city")


def _request(ev, text, places):
    doc = ev.make_doc(text, entities=[LAVROV], places=places)
    (e,) = [e for e in ev.run(doc) if e.type == "REQUEST"]
    return next(p.name for p in doc.places if p.id == e.place) if e.place else None


def test_the_town_named_with_the_speaker_places_his_later_request(ev):
    text = ("وأكد وزير الخارجية لافروف في طوكيو أن روسيا سترد. "
            "وحث لافروف الحكومة على الرد بهدوء.")
    assert _request(ev, text, [TOKYO, RUSSIA]) == "طوكيو"


@pytest.mark.parametrize("text,places,want", [
    # a town after the speaker, not after في/من: his home country stays
    ("وأكد وزير الخارجية لافروف أن طوكيو وروسيا ستردان. وحث لافروف الحكومة على الرد بهدوء.",
     [TOKYO, RUSSIA], "روسيا"),
    # a town named with another person
    ("وقال السفير في طوكيو إن روسيا سترد. وحث لافروف الحكومة على الرد بهدوء.",
     [TOKYO, RUSSIA], "روسيا"),
])
def test_no_town_unless_named_right_after_the_actor(ev, text, places, want):
    assert _request(ev, text, places) == want
