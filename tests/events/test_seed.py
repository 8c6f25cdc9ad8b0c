"""Integration: the whole default pipeline on the seed sentence (needs every upstream stage)."""
from importlib import resources

import pytest

import rasd
from rasd.model.document import Article

SEED = "أكثر من ألفي شخص فروا من باغوز الثلاثاء 12 مارس/آذار، قال قادة عسكريون أكراد"


def _pipeline_with_reference(day: str):
    # The sentence writes no year and the article carries no publication date: the times
    # stage then takes the year from `[stages.times] reference_date`, else from today — and
    # today (2024) also has a Tuesday 12 March, so without an explicit reference the test
    # would depend on the clock. 2019 is the year of the Baghuz flight.
    base = resources.files("rasd.pipeline").joinpath("default.toml").read_text(encoding="utf-8")
    return rasd.load_pipeline(base + f'\n[stages.times]\nreference_date = "{day}"\n')


@pytest.fixture(scope="module")
def flight():
    doc = _pipeline_with_reference("2019-03-13")(Article(text=SEED, id="seed"))
    events = [e for e in doc.events if e.type == "DISPLACE"]
    assert len(events) == 1
    return doc, events[0]


def test_seed_sentence_full_pipeline(flight):
    _, e = flight
    assert e.mode == "flight"
    assert (e.date, e.time_precision) == ("2019-03-12", "day")
    assert (e.counts["displaced"].value, e.counts["displaced"].qualifier) == (2000, "more_than")
    assert e.source is not None and e.source.text == "قادة عسكريون أكراد"


# Strict: this starts failing (XPASS) the day the places stage finds باغوز, and the mark
# must then go. Today no stage yields a LOC for it: the NER misses the name, and the places
# stage adds missed names only after a descriptor/direction cue (مدينة، بلدة، جنوب …) or when
# the place is well known (a big city, or a country the article names) — "من باغوز" has
# neither, and Baghuz is a small village in a sentence that names no country.
@pytest.mark.xfail(strict=True, reason="places: no toponym after من for a small village (see comment)")
def test_seed_flight_is_placed_at_baghuz(flight):
    doc, e = flight
    place = doc.place(e.place)
    assert place is not None and place.country == "SY"
    assert doc.text[doc.entity(place.entity).mentions[0].start:][:5] == "باغوز"
