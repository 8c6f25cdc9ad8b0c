"""Merging (event_merge_same._roles_cross): two physical acts of other means where a doer of one is
struck in the other are two happenings — "تواصل قوات النظام السوري قصفها" and "قتل 12 مقاتلا من
قوات النظام جراء انفجار سيارة مفخخة" are not one shelling (audit U54: a car bomb on regime troops had
merged into the regime's shelling of the province). A clash has two sides and stays mergeable."""
from rasd.model.record import Event
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_merge import same_happening

WHERE = {"p1": (32.62, 36.1, "SY")}


def _event(eid, start, mode, actors=(), targets=()):
    return Event(eid, "ASSAULT", mode, Span(start, start + 4, "قصف"),
                 actors=[ArgSpan(0, len(a), a, None, "SYRMIL") for a in actors],
                 targets=[ArgSpan(0, len(t), t, None, "SYRMIL") for t in targets],
                 place="p1", geo_precision=3, date="2024-02-11", time_precision="day")


def test_a_bombing_of_the_shelling_force_stays_apart():
    shelling = _event("x1", 10, "shelling", actors=["قوات النظام السوري"])
    bombing = _event("x2", 90, "bombing", targets=["قوات النظام"])
    assert not same_happening(shelling, bombing, WHERE)
    assert not same_happening(bombing, shelling, WHERE)


def test_same_side_of_other_means_still_merges():
    # must not fire: no side crossed
    shelling = _event("x1", 10, "shelling", actors=["قوات النظام"])
    bombing = _event("x2", 90, "bombing", targets=["المدنيين"])
    assert same_happening(shelling, bombing, WHERE)


def test_a_clash_has_two_sides():
    # must not fire: the guards fought the bomber before he blew himself up — one incident
    clash = _event("x1", 10, "clash", actors=["الحرس الوطني"])
    bombing = _event("x2", 90, "bombing", targets=["الحرس الوطني"])
    assert same_happening(clash, bombing, WHERE)
