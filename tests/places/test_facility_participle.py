"""A facility noun then a participle of place ("المسجد الواقع في …": the mosque located in) names
no facility (audit U48: "المسجد الواقع" was a place in Berlin): الواقع, الكائن, المطل, المجاور,
القريب, الموجود end a facility's name like a preposition."""
import pytest

from places_helpers import make_doc
from rasd.stages.places import PlacesStage


def _facilities(gaz, text):
    doc = PlacesStage(gaz, add_missing=True)(make_doc(text, []))
    return [m.text for e in doc.entities for m in e.mentions if m.text.startswith(("المستشفى", "مستشفى"))]


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن المستشفى الواقع بالرياض تعرض لأضرار.",
    "وقالت الشرطة إن المستشفى القريب بالرياض استقبل الجرحى.",
])
def test_a_participle_of_place_is_no_name(mem_gaz, text):
    assert _facilities(mem_gaz, text) == []


def test_a_named_facility_still_is_one(mem_gaz):  # must not fire: a name after the head
    assert _facilities(mem_gaz, "استقبل مستشفى قوى الامن بالرياض ثماني حالات.") == ["مستشفى قوى الامن"]
