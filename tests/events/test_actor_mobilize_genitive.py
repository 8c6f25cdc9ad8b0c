"""Actors of events (event_actors_mobilize.own_forces): the armed party in construct right after a
mobilization noun ("استنفار قوات النظام", "تعزيزات الجيش السوري") mobilizes; it is no target, and
neither is the owner of its forces."""
import pytest

PLACES = [("حلب", 36.2, 37.15, "SY", "city"), ("سوريا", 35.0, 38.0, "SY", "country")]


def _mobilized(ev, text):
    doc = ev.make_doc(text, places=[p for p in PLACES if p[0] in text])
    return [e for e in ev.run(doc) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text,force", [
    ("وقال مصدر محلي إن استنفار قوات النظام في حلب سيستمر حتى نهاية الأسبوع.", "قوات"),
    ("ووصلت تعزيزات الجيش السوري إلى أطراف حلب مساء أمس.", "الجيش السوري"),
])
def test_the_genitive_force_mobilizes(ev, text, force):
    (e,) = _mobilized(ev, text)
    assert [a.text for a in e.actors] == [force]
    assert not e.targets


# must not fire: a verb has its subject; the genitive rule is for the noun
def test_a_verb_keeps_its_subject(ev):
    (e,) = _mobilized(ev, "وأعلن الجيش حالة الاستنفار في حلب أمس.")
    assert [a.text for a in e.actors] == ["الجيش"]
