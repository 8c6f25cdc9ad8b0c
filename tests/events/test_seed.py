"""Integration: the whole default pipeline on the seed sentence (needs every upstream stage)."""
import rasd
from rasd.model.document import Article

SEED = "أكثر من ألفي شخص فروا من باغوز الثلاثاء 12 مارس/آذار، قال قادة عسكريون أكراد"


def test_seed_sentence_full_pipeline():
    doc = rasd.load_pipeline(None)(Article(text=SEED, id="seed", published="2019-03-13"))
    events = [e for e in doc.events if e.type == "DISPLACE"]
    assert len(events) == 1
    (e,) = events
    assert e.mode == "flight"
    place = doc.place(e.place)
    assert place is not None and place.country == "SY"
    assert doc.text[doc.entity(place.entity).mentions[0].start:][:5] == "باغوز"
    assert (e.date, e.time_precision) == ("2019-03-12", "day")
    assert (e.counts["displaced"].value, e.counts["displaced"].qualifier) == (2000, "more_than")
    assert e.source is not None and e.source.text == "قادة عسكريون أكراد"
