"""Held-out audit U40 (#2): a country after "في" behind a tie to a group ("ترتبط بجماعة داعش
في العراق") is the group's ground, not where the arrest told happened (event_place_cues.affiliate_seat)."""
import pytest

IRAQ = ("العراق", 33.0, 44.0, "IQ", "country")
TEHRAN = ("طهران", 35.7, 51.4, "IR", "city")


def _arrest_places(ev, text, places):
    doc = ev.make_doc(text, places=places)
    return ev.place_names(doc, "COERCE")


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة جماعة اعترفت بأنها ترتبط بجماعة داعش في العراق.",
    "واعتقلت الشرطة خلية مرتبطة بداعش في العراق.",
])
def test_the_country_of_the_group_tied_to_is_no_place(ev, text):
    assert _arrest_places(ev, text, [IRAQ]) == [None]


@pytest.mark.parametrize("text,places,want", [
    # no tie word: the arrest happened there
    ("واعتقلت الشرطة خلية تابعة لداعش في العراق.", [IRAQ], "العراق"),
    # a town after the tie may be where they acted
    ("واعتقلت الشرطة خلية مرتبطة بداعش في طهران.", [TEHRAN], "طهران"),
])
def test_places_that_stay(ev, text, places, want):
    assert _arrest_places(ev, text, places) == [want]
