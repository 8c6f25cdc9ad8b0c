"""A one-word person chunk right after سكان or أهالي (residents of) is a place when the lists give
it as one (audit U48: "من سكان خضيرة بمحافظة ضمد" was a person)."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run

_NAMES = {"الحميدية": "LOCS|PERT"}


def test_residents_of_a_listed_place():
    doc = run("وقال أحد سكان الحميدية إن المياه انقطعت", {"الحميدية": "B-PER"}, _NAMES)
    assert mentions(doc) == [("الحميدية", "LOC")]


def test_an_unlisted_word_stays():  # must not fire: no list gives it as a place
    doc = run("وقال أحد سكان سامي إن المياه انقطعت", {"سامي": "B-PER"}, _NAMES)
    assert mentions(doc) == [("سامي", "PER")]
