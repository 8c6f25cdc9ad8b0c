"""Actors of physical acts (event_actors_physical.subjected): who "تعرض لـ/إلى" an act suffered
it; the doer, if named, follows the act."""
import pytest

SINAI = ("سيناء", 30.0, 33.8, "EG", "region")


def _assault(ev, text, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[SINAI])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return a


@pytest.mark.parametrize("text,victim,entities", [
    ("وتعرض الجيش لهجوم في سيناء أمس.", "الجيش", ()),
    ("وقتل المحافظ سمير حسن متأثرا بجراحه بعد تعرضه لهجوم في سيناء أمس.", "سمير حسن",
     [("سمير حسن", "PER", None)]),
    ("وقالت مصادر إن فريق الأمم المتحدة الذي زار سيناء أمس تعرض لإطلاق نار.", "الأمم المتحدة",
     [("الأمم المتحدة", "ORG", "IGOUNO")]),
])
def test_who_was_subjected_to_the_act_is_its_victim(ev, text, victim, entities):
    a = _assault(ev, text, entities)
    assert victim not in [x.text for x in a.actors]
    assert victim in [x.text for x in a.targets]


# must not fire: the doer of the act, and the doer named after the act
def test_the_doer_of_an_act_stays(ev):
    a = _assault(ev, "وهاجم الجيش مواقع المسلحين في سيناء أمس.")
    assert [x.text for x in a.actors] == ["الجيش"]


def test_the_doer_after_the_act_stays(ev):
    a = _assault(ev, "وتتعرض القرى في سيناء إلى قصف مكثف من الجيش منذ أيام.")
    assert [x.text for x in a.actors] == ["الجيش"]
