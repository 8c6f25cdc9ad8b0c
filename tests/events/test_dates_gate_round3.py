"""Round 3 fixes: the weak-trigger gate, dates of statements and old anchors."""
import pytest

TAIZ = ("تعز", 13.58, 44.02, "YE", "city")


def test_one_named_person_met_his_death_is_one_killed(ev):
    # a strength-1 لقي … مصرعه with a title and a full name: one killed, no number written
    doc = ev.make_doc("لقي القائد الميداني سالم علي حمود مصرعه في تعز أمس.", places=[TAIZ],
                      entities=[("سالم علي حمود", "PER", None)])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 1


@pytest.mark.parametrize("text", [
    # an unnamed victim: often the later death of one already counted as hurt
    "لقي طفل مصرعه في تعز أمس.",
    # no death: لقي with another object
    "لقي القائد الميداني سالم علي حمود ترحيبا في تعز أمس.",
    # a clause ends before the death word: not the same person's death
    "لقي القائد الميداني ترحيبا، وعاد إلى منزله في تعز أمس.",
])
def test_met_without_his_own_death_is_no_killing(ev, text):
    doc = ev.make_doc(text, places=[TAIZ])
    assert not [e for e in ev.run(doc) if e.type == "ASSAULT"]


def test_a_counted_death_keeps_its_count(ev):
    doc = ev.make_doc("لقي 3 أشخاص مصرعهم في تعز أمس.", places=[TAIZ],
                      quantities=[("3 أشخاص", 3, "exact", "killed")])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert a.counts["killed"].value == 3

