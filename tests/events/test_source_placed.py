"""Sources of events (event_source_place.placed_source): a place right after a source noun and
في is where the sources are — "وكانت مصادر رئاسية في عدن قد قالت إن …" is reported by مصادر
رئاسية, not by عدن, which the quotes stage may give as the speaker (audit U56
ant-AL-internationalNews-1866-20180706)."""

ADEN = ("عدن", 12.8, 45.0, "YE", "city")
TEXT = "وكانت مصادر رئاسية في عدن قد قالت إن القوات الحكومية اعتقلت 20 مسلحا في الحديدة أمس."
CLAIM = "القوات الحكومية اعتقلت 20 مسلحا في الحديدة أمس"


def test_the_sources_before_the_place_report(ev):
    doc = ev.make_doc(TEXT, places=[ADEN], quotes=[("عدن", CLAIM)])
    evs = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert evs and evs[0].source is not None and evs[0].source.text == "مصادر رئاسية"


def test_a_named_speaker_stays(ev):
    # must not fire: the speaker is a person, not the place of the sources
    text = "وكان المتحدث أحمد علي في عدن قد قال إن القوات الحكومية اعتقلت 20 مسلحا في الحديدة أمس."
    doc = ev.make_doc(text, entities=[("أحمد علي", "PER", None)], places=[ADEN], quotes=[("أحمد علي", CLAIM)])
    evs = [e for e in ev.run(doc) if e.type == "COERCE"]
    assert evs and evs[0].source is not None and evs[0].source.text == "أحمد علي"
