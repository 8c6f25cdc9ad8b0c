"""Actors of events (event_actors_physical.weapon_owner): after a weapon noun, a nominal head
left out before the coded group it names ("برصاص ميليشيات عصائب أهل الحق") does not hide the
group: it owns the weapon and is the doer, not a victim."""
import pytest

BASRA = ("البصرة", 30.5, 47.8, "IQ", "city")


def test_the_group_after_a_nominal_head_owns_the_weapon(ev):
    text = "وقتل أحد المحتجين برصاص ميليشيات عصائب أهل الحق في البصرة أمس."
    doc = ev.make_doc(text, places=[BASRA], entities=[("عصائب أهل الحق", "ORG", "IRQREB")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in e.actors] == ["عصائب أهل الحق"]
    assert "عصائب أهل الحق" not in [x.text for x in e.targets]


# must not fire: a definite owner right after the weapon stays; a group hit after a preposition
# is no owner
@pytest.mark.parametrize("text,doer,hit", [
    ("وقتل أحد المحتجين برصاص الشرطة في البصرة أمس.", "الشرطة", None),
    ("وأطلقت الشرطة الرصاص على ميليشيات عصائب أهل الحق في البصرة أمس.", "الشرطة", "عصائب أهل الحق"),
])
def test_other_owners_and_victims_stay(ev, text, doer, hit):
    doc = ev.make_doc(text, places=[BASRA], entities=[("عصائب أهل الحق", "ORG", "IRQREB")])
    (e,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert [x.text for x in e.actors] == [doer]
    if hit:
        assert hit in [x.text for x in e.targets]
