"""Sources of events: a place right after a source noun and في is where the sources are — "وكانت
مصادر رئاسية في عدن قد قالت إن …" is reported by مصادر رئاسية, not by عدن (audit U56
ant-AL-internationalNews-1866-20180706). The quotes stage settles the speaker
(quotes_before._before_place) and the events stage reads it, so these run both stages."""
from rasd.pipeline.registry import get_factory

ADEN = ("عدن", 12.8, 45.0, "YE", "city")
CLAIM = "القوات الحكومية اعتقلت 20 مسلحا في الحديدة أمس"


def _sources(ev, text, entities=()):
    doc = ev.make_doc(text, entities=entities, places=[ADEN])
    get_factory("quotes")({}, None)(doc)
    return [e.source.text if e.source else None for e in ev.run(doc) if e.type == "COERCE"]


def test_the_sources_before_the_place_report(ev):
    assert _sources(ev, f"وكانت مصادر رئاسية في عدن قد قالت إن {CLAIM}.") == ["مصادر رئاسية"]


def test_officials_before_the_place_report(ev):
    assert _sources(ev, f"وكان مسؤولون محليون في عدن صرحوا بأن {CLAIM}.") == ["مسؤولون محليون"]


def test_a_named_speaker_stays(ev):
    # must not fire: the speaker is a person, not the place of the sources
    text = f"وكان المتحدث أحمد علي في عدن قد قال إن {CLAIM}."
    assert _sources(ev, text, entities=[("أحمد علي", "PER", None)]) == ["أحمد علي"]
