"""Merging (event_merge_absorb._one_side): two-sided mentions of one happening (a clash and a
bombing, an attack and the strike answering it) may each name a party, one as doer and one as
struck; the merged record must not list it as both actor and target — it keeps the role the
leading mention gives it, else the doer's ("فجر الانتحاري نفسه" … "تبادل الحرس الوطني إطلاق
النار معه": the guards are the bombing's target, not also its actor)."""
from rasd.model.record import Event
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_merge_absorb import absorb


def _event(eid, start, mode, trigger, actors=(), targets=()):
    return Event(eid, "ASSAULT", mode, Span(start, start + len(trigger), trigger),
                 actors=[ArgSpan(200, 200 + len(a), a, None, None) for a in actors],
                 targets=[ArgSpan(200, 200 + len(t), t, None, None) for t in targets],
                 place="p1", geo_precision=3, date="2024-02-11", time_precision="day")


def _names(args):
    return [a.text for a in args]


def test_the_lead_bombing_keeps_the_guards_as_target():
    bombing = _event("x1", 10, "bombing", "فجر نفسه", targets=["الحرس الوطني"])
    clash = _event("x2", 90, "clash", "تبادل إطلاق النار", actors=["الحرس الوطني"])
    merged = absorb(bombing, clash, {"x1": 3, "x2": 1})
    assert _names(merged.targets) == ["الحرس الوطني"]
    assert _names(merged.actors) == []


def test_the_lead_strike_keeps_the_struck_group_as_target():
    push = _event("x1", 10, "other", "هجومه", actors=["داعش"])
    strike = _event("x2", 90, "airstrike", "ضربة جوية", targets=["داعش"])
    merged = absorb(push, strike, {"x1": 1, "x2": 3})
    assert merged.trigger.text == "ضربة جوية"
    assert _names(merged.targets) == ["داعش"] and _names(merged.actors) == []


def test_the_lead_raid_keeps_the_forces_as_doer():
    clash = _event("x1", 10, "clash", "مواجهات مع", targets=["قوات الأمن"])
    raid = _event("x2", 90, "shooting", "أطلقت النار", actors=["قوات الأمن"])
    merged = absorb(clash, raid, {"x1": 1, "x2": 3})
    assert _names(merged.actors) == ["قوات الأمن"] and _names(merged.targets) == []


def test_two_sides_stay_when_they_differ():
    # must not fire: each side of the clash keeps its own role
    clash = _event("x1", 10, "clash", "اشتبكت", actors=["الجيش"])
    other = _event("x2", 90, "clash", "اشتباكات", targets=["المسلحين"])
    merged = absorb(clash, other, {"x1": 3, "x2": 1})
    assert _names(merged.actors) == ["الجيش"] and _names(merged.targets) == ["المسلحين"]


def test_two_clash_reports_are_left_alone():
    # must not fire: same mode — emptying a list would let a later merge fill it
    clash = _event("x1", 10, "clash", "اشتبكت", actors=["الجيش"])
    other = _event("x2", 90, "clash", "اشتباكات", targets=["الجيش"])
    merged = absorb(clash, other, {"x1": 3, "x2": 1})
    assert _names(merged.actors) == ["الجيش"] and _names(merged.targets) == ["الجيش"]


def test_a_party_held_on_both_sides_before_is_left_alone():
    # must not fire: the conflict came from two clash reports; emptying a list would let this
    # looser merge fill it with the shelling's sides
    clash = _event("x1", 10, "clash", "اشتبكت", actors=["الجيش"], targets=["الجيش"])
    shelling = _event("x2", 90, "shelling", "القصف", actors=["قوات"], targets=["المعارضة"])
    merged = absorb(clash, shelling, {"x1": 3, "x2": 1})
    assert _names(merged.actors) == ["الجيش"] and _names(merged.targets) == ["الجيش"]
