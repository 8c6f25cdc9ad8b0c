"""A word written with tanween is an indefinite noun or adverb, never a place name the places
stage adds (audit U58: "ركيكة التنفيذ صنعًا", workmanship, was added as Sanaa)."""
from rasd.gazetteer.base import Candidate
from rasd.stages.places.add import plausible_place

_SANAA = Candidate("t:sanaa", "صنعاء", "Sanaa", 15.35, 44.21, "YE", "Amanat Al Asimah", None, "city", 2_000_000)


def test_a_word_with_tanween_is_no_place():
    assert not plausible_place("صنعًا", 0, 0, "التنفيذ", _SANAA, {"YE"})
    assert not plausible_place("صنعاً", 0, 0, "التنفيذ", _SANAA, {"YE"})


def test_the_name_without_tanween_stays():  # must not fire
    assert plausible_place("صنعاء", 0, 0, "في", _SANAA, {"YE"})
