"""Actors of events (event_nominals.scan_nominals, _press_adjective): "صحفي" after "مؤتمر" is the
adjective of a press conference, not a journalist: no party of the act told there."""
import pytest

ALEPPO = ("حلب", 36.2, 37.15, "SY", "city")


@pytest.mark.parametrize("text,etype", [
    ("وقال المتحدث في مؤتمر صحفي إن هجوما استهدف مدرسة في حلب أمس.", "ASSAULT"),
    # a press conference or statement owned by its speaker ("في مؤتمره الصحفي"), and a press statement
    ("وقال المتحدث باسم الجيش في مؤتمره الصحفي الأسبوعي إن المسلحين اقتحموا مخازن الوقود في حلب أمس.", "COERCE"),
    ("وأوضح المحافظ في تصريح صحفي أن مسلحين هاجموا مركزا للشرطة في حلب أمس.", "ASSAULT"),
])
def test_a_press_conference_is_no_journalist(ev, text, etype):
    evs = [e for e in ev.run(ev.make_doc(text, places=[ALEPPO])) if e.type == etype]
    assert evs and not any("صحفي" in p.text for e in evs for p in e.actors + e.targets)


# must still fire: a journalist is a party
def test_a_journalist_is_still_a_target(ev):
    text = "وقتل صحفي في هجوم استهدف مدرسة في حلب أمس."
    evs = [e for e in ev.run(ev.make_doc(text, places=[ALEPPO])) if e.type == "ASSAULT"]
    assert any("صحفي" in t.text for e in evs for t in e.targets)
