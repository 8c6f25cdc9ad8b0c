"""Nominal actors (event_actors_named._state_genitive): an indefinite government title followed by a
country or capital in the construct state ("مندوب روسيا", "سفير إسرائيل", "رئيس وزراء إسرائيل")
is one nominal coded with that state's government — the state is no target of its own."""
import pytest

RUSSIA = ("روسيا", 61.5, 105.3, "RU", "country")
ISRAEL = ("إسرائيل", 31.5, 34.9, "IL", "country")
HAMAS = ("حماس", "ORG", "PSEREB")


@pytest.mark.parametrize("text,place,actor", [
    ("وهاجم مندوب روسيا حماس بشدة أمس.", RUSSIA, ("مندوب روسيا", "RUSGOV")),
    ("ودعا رئيس وزراء إسرائيل حماس إلى وقف إطلاق النار.", ISRAEL, ("رئيس وزراء إسرائيل", "ISRGOV")),
])
def test_the_title_is_the_states(ev, text, place, actor):
    doc = ev.make_doc(text, entities=[HAMAS], places=[place])
    evs = [e for e in ev.run(doc) if e.type in ("ACCUSE", "REQUEST")]
    assert evs and [(a.text, a.code) for a in evs[0].actors] == [actor]
    assert [t.text for t in evs[0].targets] == ["حماس"]


# must not fire: a definite title is no construct; the country after it is the object
def test_a_definite_title_keeps_the_country_as_object(ev):
    doc = ev.make_doc("وانتقد الوزير الفرنسي روسيا بشدة.", places=[RUSSIA])
    (a,) = [e for e in ev.run(doc) if e.type == "ACCUSE"]
    assert [t.text for t in a.targets] == ["روسيا"]
