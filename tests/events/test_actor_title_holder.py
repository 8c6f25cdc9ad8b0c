"""Actors of events (event_actors_titles.title_holders): an unnamed title followed by its complement
and a person's name, with no punctuation between ("طالب رئيس مجلس الشورى الليبي سالم المبروك
الأحد رئيس الحكومة فتحي الزاوي"), is that person: he acts or is addressed, and the
complement's words ("مجلس") are no party of their own."""
import pytest



def test_the_person_after_a_title_chain_is_the_actor(ev):
    text = "طالب رئيس مجلس الشورى الليبي سالم المبروك الأحد رئيس الحكومة فتحي الزاوي بإقالة عدد من المسؤولين."
    doc = ev.make_doc(text, entities=[("سالم المبروك", "PER", None), ("فتحي الزاوي", "PER", None)])
    evs = [e for e in ev.run(doc) if e.type == "REQUEST"]
    assert evs and [x.text for x in evs[0].actors] == ["سالم المبروك"]
    targets = [x.text for x in evs[0].targets]
    assert "فتحي الزاوي" in targets and "مجلس" not in targets and "رئيس الحكومة" not in targets


# must not fire: a preposition ends the title's complement; another party follows
@pytest.mark.parametrize("text,doer", [
    ("ورفض رئيس الوزراء الحديث مع سالم المبروك عن القضية.", "رئيس الوزراء"),
])
def test_no_holder_across_a_preposition(ev, text, doer):
    doc = ev.make_doc(text, entities=[("سالم المبروك", "PER", None)])
    evs = [e for e in ev.run(doc) if e.type == "REJECT"]
    assert evs and [x.text for x in evs[0].actors] == [doer]
    assert "سالم المبروك" in [x.text for x in evs[0].targets]
