"""Nominal actors (event_nominals.scan_nominals): the creed after a nominal is part of it, as
"مجهولون" is ("مسلحون سنة", "مسلحين شيعة"): one party named by its creed — but سنة before a
number is a year ("مسلحون سنة 2014")."""
import pytest


def _actors(ev, text):
    return [[a.text for a in e.actors] for e in ev.run(ev.make_doc(text)) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,actor", [
    ("وخطف مسلحون سنة عشرة عمال من مصنع في المدينة أمس.", "مسلحون سنة"),
    ("وقتل خمسة مدنيين برصاص مسلحين شيعة في القرية أمس.", "مسلحين شيعة"),
])
def test_the_creed_is_part_of_the_party(ev, text, actor):
    assert _actors(ev, text) == [[actor]]


# must not fire: سنة before a number is the year
def test_a_year_after_the_nominal(ev):
    got = _actors(ev, "وخطف مسلحون سنة 2014 عشرة عمال من مصنع في المدينة.")
    assert all("مسلحون سنة" not in a for acts in got for a in acts)
