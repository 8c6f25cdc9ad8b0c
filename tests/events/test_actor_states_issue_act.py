"""States as the subject of a verb of issuing (أصدر/أصدرت) + a verbal-act noun, and a support
verb with several states joined by و, do that act, through their governments (event_doers.state_doers)."""

OMAN = ("سلطنة عمان", 21.0, 57.0, "OM", "country")
KUWAIT = ("الكويت", 29.3, 47.9, "KW", "country")
QATAR = ("قطر", 25.3, 51.2, "QA", "country")


def _accuse(ev, text, places):
    return [e for e in ev.run(ev.make_doc(text, places=places)) if e.type == "ACCUSE"]


def test_states_that_issue_condemnations_condemn(ev):
    (e,) = _accuse(ev, "وأصدرت سلطنة عمان والكويت وقطر إدانات للتفجير الذي ضرب السوق.", [OMAN, KUWAIT, QATAR])
    assert [a.code for a in e.actors] == ["OMNGOV", "KWTGOV", "QATGOV"]


def test_one_state_that_issues_a_condemnation(ev):
    (e,) = _accuse(ev, "وأصدرت الكويت إدانة شديدة للتفجير.", [KUWAIT])
    assert [a.code for a in e.actors] == ["KWTGOV"]


def test_states_joined_after_a_support_verb(ev):
    (e,) = _accuse(ev, "وقامت الكويت وقطر بإدانة التفجير.", [KUWAIT, QATAR])
    assert [a.code for a in e.actors] == ["KWTGOV", "QATGOV"]


# must not fire: the one who issues is no state, no state is made its doer
def test_no_state_no_doer(ev):
    found = _accuse(ev, "وأصدرت اللجنة إدانة شديدة للتفجير في الكويت.", [KUWAIT])
    assert all(a.code != "KWTGOV" for e in found for a in e.actors)
