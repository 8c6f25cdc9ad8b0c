"""A city of a million or more is named for itself, not placed by a side of another town (audit
U48: "معجنات بيونغيانغ شرقي سول" — Pyongyang's dish in east Seoul — left Pyongyang unresolved)."""
from places_helpers import place_of, resolve

from rasd.gazetteer.embedded import embedded_gazetteer


def test_a_big_city_keeps_its_reading():
    doc = resolve(embedded_gazetteer(), "وافتتح مطعم يقدم أطباق القاهرة غرب الإسكندرية فرعا جديدا.",
                  ["القاهرة", "الإسكندرية"])
    place = place_of(doc, "القاهرة")
    assert place.lat is not None and place.country == "EG" and abs(place.lat - 30.05) < 0.3
