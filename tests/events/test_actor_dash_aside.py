"""Actors of events (event_actors_speakers.in_dash_aside, across_aside): a name inside a dash aside
before the act ("غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا") is not its subject; the name
before the aside is."""
import pytest

ROME = ("روما", 41.9, 12.5, "IT", "city")
ENTS = [("دوري غولد", "PER", "ISRGOV"), ("نتنياهو", "PER", "ISRGOV"), ("أوغلو", "PER", "TURGOV")]


def _meeting(ev, text):
    doc = ev.make_doc(text, entities=ENTS, places=[ROME])
    (m,) = [e for e in ev.run(doc) if e.type == "CONSULT"]
    return m


@pytest.mark.parametrize("text", [
    "وكشف مسؤولون أن دوري غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا مع أوغلو في روما أمس.",
    "وكشف مسؤولون أن دوري غولد - الذي يعمل مع نتنياهو - عقد اجتماعا مع أوغلو في روما أمس.",
])
def test_a_name_in_a_dash_aside_before_the_act_is_not_its_doer(ev, text):
    assert [a.text for a in _meeting(ev, text).actors] == ["دوري غولد"]


# must not fire: the aside after the act, or a name with no aside
@pytest.mark.parametrize("text", [
    "وكشف مسؤولون أن دوري غولد عقد اجتماعا مع أوغلو - وهو مستشار لنتنياهو - في روما أمس.",
    "وكشف مسؤولون أن دوري غولد عقد اجتماعا مع أوغلو في روما أمس.",
])
def test_a_doer_with_no_aside_before_the_act_stays(ev, text):
    assert [a.text for a in _meeting(ev, text).actors] == ["دوري غولد"]
