"""Nominal actors (event_nominals.scan_nominals, _UNKNOWN): the adjective "unknown" after a
nominal is part of it — "مسلحون مجهولون" is one actor (SPEC §2.6's own example), not an actor
and a target."""
import pytest

MOSUL = ("الموصل", 36.34, 43.13, "IQ", "city")


@pytest.mark.parametrize("text,doer", [
    ("الموصل - وخطف مسلحون مجهولون طبيبا في الموصل مساء الخميس.", "مسلحون مجهولون"),
    ("الموصل - قتل طبيب برصاص مسلحين مجهولين في الموصل مساء الخميس.", "مسلحين مجهولين"),
])
def test_unknown_is_part_of_the_nominal(ev, text, doer):
    evs = [e for e in ev.run(ev.make_doc(text, places=[MOSUL])) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == [doer]
    assert not any("مجهول" in t.text for t in evs[0].targets)


# must not fire: "مجهولون" alone stays the actor
def test_unknown_alone_is_the_actor(ev):
    text = "الموصل - وخطف مجهولون طبيبا في الموصل مساء الخميس."
    evs = [e for e in ev.run(ev.make_doc(text, places=[MOSUL])) if e.type == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actors] == ["مجهولون"]
