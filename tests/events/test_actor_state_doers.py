"""Held-out audit U39a (544, 3546): verbal and diplomatic acts whose doer is a state named
around the act noun, not as the verb's plain subject (event_doers.state_doers)."""
import pytest

UK = ("بريطانيا", 54.0, -2.0, "GB", "country")
IRAN = ("إيران", 32.0, 53.0, "IR", "country")
RUSSIA = ("روسيا", 60.0, 90.0, "RU", "country")
TURKEY = ("تركيا", 39.0, 35.0, "TR", "country")
TEHRAN = ("طهران", 35.7, 51.4, "IR", "city")


def _of(ev, text, kind, places):
    return [e for e in ev.run(ev.make_doc(text, places=places)) if e.type == kind]


def test_the_state_after_a_support_verb_does_the_ba_act(ev):
    (e,) = _of(ev, "وقامت بريطانيا بطرد 23 دبلوماسيا روسيا وأسرهم.", "SANCTION", [UK, RUSSIA])
    assert [(a.text, a.code) for a in e.actors] == [("بريطانيا", "GBRGOV")]


def test_the_states_of_a_plural_head_after_the_meeting_meet(ev):
    text = "وهيمنت خلافات على اجتماع رؤساء إيران وروسيا وتركيا في طهران الجمعة."
    (e,) = _of(ev, text, "CONSULT", [IRAN, RUSSIA, TURKEY, TEHRAN])
    assert [a.code for a in e.actors] == ["IRNGOV", "RUSGOV", "TURGOV"]


@pytest.mark.parametrize("text,kind,places", [
    # the doer after the support verb is no state: no doer is made up
    ("وقامت الشرطة بطرد 23 دبلوماسيا روسيا.", "SANCTION", [RUSSIA]),
    # one state after a plural head: its own officials, no meeting of states
    ("وانتهى اجتماع وزراء خارجية روسيا في طهران الجمعة.", "CONSULT", [RUSSIA, TEHRAN]),
    # a state after a singular head is no doer of the noun (left to the actor rules)
    ("وانتهى اجتماع رئيس إيران وروسيا في طهران الجمعة.", "CONSULT", [IRAN, RUSSIA, TEHRAN]),
])
def test_no_state_doer_without_both_signs(ev, text, kind, places):
    states = {p[0] for p in places}
    assert not any(a.text in states for e in _of(ev, text, kind, places) for a in e.actors)
