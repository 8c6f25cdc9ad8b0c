"""Actors of events (event_actors_named._led_by): a person named right after an indefinite force
or government noun ("ميليشيات صالح", "قوات حفتر") heads that force: one party, not a target of
the act of its own."""

TAIZ = ("تعز", 13.58, 44.02, "YE", "city")


def test_a_militia_named_after_its_head_is_one_party(ev):
    text = "وهاجمت ميليشيات علي عبد الله صالح مواقع المقاومة في تعز أمس."
    doc = ev.make_doc(text, places=[TAIZ], entities=[("علي عبد الله صالح", "PER", None)])
    evs = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    assert evs and not any(t.text == "علي عبد الله صالح" for t in evs[0].targets)
    assert any(a.text == "ميليشيات علي عبد الله صالح" for a in evs[0].actors)


# must not fire: a definite head is no construct ("القوات" then a person object)
def test_a_person_after_a_definite_force_stays(ev):
    text = "واعتقلت القوات علي عبد الله صالح في تعز أمس."
    doc = ev.make_doc(text, places=[TAIZ], entities=[("علي عبد الله صالح", "PER", None)])
    evs = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert evs and any(t.text == "علي عبد الله صالح" for t in evs[0].targets)
