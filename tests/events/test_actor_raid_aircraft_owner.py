"""Actors of air raids (event_actors_physical.aircraft_owner): the owner of the aircraft after
"غارة/غارات" (past the adjective جوية) flies the raid — "في غارة جوية لطائرات التحالف" → actor
التحالف, and the aircraft noun is no target."""
import pytest

HODEIDAH = ("الحديدة", 14.8, 42.95, "YE", "city")
COALITION = ("التحالف العربي", "ORG", "SAUMIL")


@pytest.mark.parametrize("text", [
    "قتل قيادي حوثي في غارة جوية لطائرات التحالف العربي على الحديدة السبت.",
    "قتل قيادي حوثي في غارات لمقاتلات التحالف العربي على الحديدة السبت.",
])
def test_the_aircraft_owner_flies_the_raid(ev, text):
    evs = [e for e in ev.run(ev.make_doc(text, entities=[COALITION], places=[HODEIDAH])) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["التحالف العربي"]
    assert not any("طائرات" in t.text or "مقاتلات" in t.text for t in evs[0].targets)


# must not fire: aircraft hit by a raid are its target ("غارة استهدفت طائرات")
def test_aircraft_hit_by_the_raid_stay_targets(ev):
    text = "دمرت غارة جوية استهدفت طائرات التحالف العربي في الحديدة السبت."
    evs = [e for e in ev.run(ev.make_doc(text, entities=[COALITION], places=[HODEIDAH])) if e.type == "ASSAULT"]
    assert evs and "التحالف العربي" not in [a.text for a in evs[0].actors]
