"""Held-out audit U40 (#25): places listed after "من" behind a nationality word ("جنسيات
عربية من سورية واليمن والكويت") tell where people come from, not where the act happened
(event_place_cues.nationality_listed)."""
import pytest

SYRIA = ("سورية", 35.0, 38.0, "SY", "country")
YEMEN = ("اليمن", 15.3, 45.9, "YE", "country")
KUWAIT = ("الكويت", 29.3, 47.6, "KW", "country")


def _places(ev, text, places):
    doc = ev.make_doc(text, places=places)
    return [e.place for e in ev.run(doc) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وينتمي غالبية من أعدموا إلى جنسيات عربية من سورية واليمن والكويت.",
    "وأعدم التنظيم عشرة عناصر من الجنسية العربية من سورية واليمن والكويت.",
])
def test_a_nationality_list_places_nothing(ev, text):
    assert set(_places(ev, text, [SYRIA, YEMEN, KUWAIT])) == {None}


@pytest.mark.parametrize("text", [
    # the list is where it happened: no nationality word before its من
    "وأعدم التنظيم عشرة عناصر في سورية واليمن والكويت.",
    # a preposition past the nationality phrase starts a new setting
    "وأعدم التنظيم عشرة من جنسيات مختلفة في سورية واليمن والكويت.",
])
def test_places_without_a_nationality_list_stay(ev, text):
    assert None not in _places(ev, text, [SYRIA, YEMEN, KUWAIT])
