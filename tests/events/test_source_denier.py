"""Who denies a part in a happening does not report it (SPEC §2.6: the source is who reports
it): "ونفت الحكومة أن تكون قواتها ضالعة في الهجوم على بلدة الصفا" — the government is no
source of the attack (the quote's cue is a denial)."""
import pytest

from rasd.model.record import Attribution
from rasd.model.span import Span

SAFA = ("الصفا", 34.73, 36.71, "SY", "town")


def _sources(ev, text, cue):
    speaker = "الحكومة السورية"
    content = text[text.index(cue) + len(cue):].split(" ", 2)[-1].rstrip(".")
    doc = ev.make_doc(text, published="2018-04-13", places=[SAFA], quotes=[(speaker, content)],
                      entities=[(speaker, "ORG", "SYRGOV")])
    c = text.index(cue)
    doc.quotes[0].cue = Span(c, c + len(cue), cue)
    q = doc.quotes[0]
    doc.attributions.append(Attribution(q.content.start, q.content.end, q.speaker, None, False, "quote"))
    return [e.source.text if e.source else None for e in ev.run(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, cue", [
    ("ونفت الحكومة السورية أن تكون قواتها ضالعة في الهجوم الكيماوي على بلدة الصفا.", "ونفت"),
    ("وتنفي الحكومة السورية أن تكون قواتها نفذت الهجوم الكيماوي على بلدة الصفا.", "وتنفي"),
])
def test_a_denier_is_no_source(ev, text, cue):
    assert "الحكومة السورية" not in _sources(ev, text, cue)


# must not fire: a speaker who tells the happening is its source
def test_a_reporter_stays(ev):
    text = "وقالت الحكومة السورية إن مسلحين شنوا الهجوم على بلدة الصفا."
    assert _sources(ev, text, "وقالت") == ["الحكومة السورية"]
