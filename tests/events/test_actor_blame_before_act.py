"""Actors of a physical act right after a blame noun (event_actors_doers.blame_before): "وجه X اللوم
في <act> إلى Y", "لتحديد المسؤولية عن <act>": who blames or looks into it did not do it; the
one it is laid on ("إلى Y") did."""
import pytest

HAJJA = ("حجة", 15.69, 43.6, "YE", "city")


def _assault(ev, text, entities=()):
    doc = ev.make_doc(text, entities=list(entities), places=[HAJJA])
    (a,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return a


@pytest.mark.parametrize("text,blamer,entities", [
    ("ووجه الحوثيون اللوم في الغارة التي قتلت 20 مدنيا في حجة أمس.", "الحوثيون",
     [("الحوثيون", "ORG", "YEMREB")]),
    ("وطلبت الأمم المتحدة تشكيل فريق لتحديد المسؤولية عن الهجمات في حجة أمس.", "الأمم المتحدة",
     [("الأمم المتحدة", "ORG", "IGOUNO")]),
])
def test_who_blames_is_no_doer(ev, text, blamer, entities):
    a = _assault(ev, text, entities)
    assert blamer not in [x.text for x in a.actors]


def test_the_one_it_is_laid_on_is_the_doer(ev):
    a = _assault(ev, "ووجه الحوثيون اللوم في الغارة على حجة أمس إلى التحالف العربي.",
                 [("الحوثيون", "ORG", "YEMREB"), ("التحالف العربي", "ORG", "SAUMIL")])
    assert [x.text for x in a.actors] == ["التحالف العربي"]


# must not fire: a doer with no blame noun before the act
def test_the_doer_of_an_act_stays(ev):
    a = _assault(ev, "وشن الحوثيون هجوما في حجة أمس.", [("الحوثيون", "ORG", "YEMREB")])
    assert [x.text for x in a.actors] == ["الحوثيون"]
