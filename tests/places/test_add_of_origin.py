"""The places stage adds no country for a nisba before "من أصل" (audit U48: "إيطاليا من أصل مغربي")."""
from places_helpers import make_doc
from rasd.stages.places import PlacesStage


def _names(gaz, text):
    doc = PlacesStage(gaz, add_missing=True)(make_doc(text, []))
    return [p.name for p in doc.places]


def test_no_country_for_a_person_of_origin(mem_gaz):
    assert _names(mem_gaz, "واعتقلت الشرطة أمس سوريا من أصل عراقي في المدينة.") == []


def test_the_country_is_still_added_elsewhere(mem_gaz):  # must not fire
    assert _names(mem_gaz, "وصل الوفد إلى سوريا من أجل المحادثات.") == ["سوريا"]
