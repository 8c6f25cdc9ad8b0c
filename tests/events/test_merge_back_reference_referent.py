"""A back-reference joins the happening it names: the one at the place its own sentence names,
else the latest event of its type (SPEC §2.6: one record per happening, and nothing carried
across to another)."""
import pytest

KIRKUK = ("كركوك", 35.47, 44.39, "IQ", "city")
MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")
TIMES = [("الأحد", "2018-03-04", "day"), ("الاثنين", "2018-03-05", "day")]
LEAD = ("قتل خمسة أشخاص في تفجير سيارة مفخخة في كركوك الأحد. وفي الموصل، قتل ثلاثة جنود في هجوم مسلح"
        " على حاجز للجيش الاثنين. ")


def _injured_at(ev, tail):
    text = LEAD + tail
    doc = ev.make_doc(text, published="2018-03-05", places=[KIRKUK, MOSUL], times=TIMES,
                      entities=[("كركوك", "LOC", None), ("الموصل", "LOC", None)],  # every mention
                      quantities=[("خمسة أشخاص", 5, "exact", "killed"), ("ثلاثة جنود", 3, "exact", "killed"),
                                  ("20 شخصا", 20, "exact", "injured")])
    events = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert len(events) == 2
    places = {p.id: p.name for p in doc.places}
    return [places.get(e.place) for e in events if "injured" in e.counts]


@pytest.mark.parametrize("tail", [
    "وقال مسؤول محلي إن التفجير في كركوك أسفر أيضا عن إصابة 20 شخصا.",
    "وقال مسؤول محلي إن الهجوم في كركوك أسفر أيضا عن إصابة 20 شخصا.",
])
def test_the_back_reference_joins_the_happening_at_the_place_it_names(ev, tail):
    assert _injured_at(ev, tail) == ["كركوك"]


def test_a_generic_back_reference_joins_the_latest(ev):
    assert _injured_at(ev, "وقال مسؤول محلي إن الهجوم أسفر أيضا عن إصابة 20 شخصا.") == ["الموصل"]
