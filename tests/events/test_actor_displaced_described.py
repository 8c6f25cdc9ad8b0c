"""Actors of events (event_actors_displaced.described_flight): a flight word right after the
people it describes ("اللاجئين الفارين", "النازحين الهاربين") tells who fled; the subject of the
outer verb (who grants them papers, who takes them in) did not drive them out. The sentences use
the indefinite participle: a definite one ("اللاجئين الفارين") names a class of people and tells no
flight at all (event_other_uses, tests/events/test_filters_those_who_fled.py)."""
import pytest

SYRIA = ("سوريا", 35.0, 38.0, "SY", "country")


def _flights(ev, text):
    return [e for e in ev.run(ev.make_doc(text, places=[SYRIA])) if e.type == "DISPLACE"]


@pytest.mark.parametrize("text,outer", [
    ("ومنحت الحكومة التركية الإقامة لنازحين هاربين من الحرب في سوريا.", "الحكومة التركية"),
    ("واستقبلت السلطات المحلية أمس مدنيين فارين من المعارك في سوريا.", "السلطات"),
])
def test_who_takes_the_displaced_in_did_not_drive_them_out(ev, text, outer):
    evs = _flights(ev, text)
    assert evs and all(not any(a.text.startswith(outer) for a in e.actors) for e in evs)
    assert all(e.targets for e in evs)  # (the people who fled stay its targets)
