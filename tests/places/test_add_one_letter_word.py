"""A place the places stage finds on its own never opens with a one-letter word: "لا يزال" (still)
was read as ل + "ا يزال" and placed at Aizawl, India (audit ent41 P7, U41 saudinewsnet-2015-07-22-00338)."""
from __future__ import annotations

from types import SimpleNamespace

from rasd.stages.places.add import plausible_place


def _city(name: str, country: str = "IN"):
    return SimpleNamespace(name=name, feature="city", country=country, population=300_000)


def test_a_one_letter_first_word_is_no_name():
    # "لا يزال": the window starts at لا (span 0), the reading after ل (1)
    assert not plausible_place("ا يزال", 1, 0, "حيث", _city("ا يزال"), {"IN"})


def test_two_word_names_still_pass():  # must not fire
    assert plausible_place("نيو دلهي", 0, 0, "في", _city("نيو دلهي"), {"IN"})
    assert plausible_place("دلهي", 1, 0, "في", _city("دلهي"), {"IN"})  # one word after a clitic
