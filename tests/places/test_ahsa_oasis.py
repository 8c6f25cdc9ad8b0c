"""الأحساء in news is the oasis city (Hofuf and Mubarraz), not the centroid of its governorate,
which reaches deep into the Empty Quarter (21.7, 50.5: 420 km from the city)."""
from places_helpers import place_of, resolve


def test_ahsa_is_the_oasis_city():
    from rasd.gazetteer.embedded import embedded_gazetteer

    place = place_of(resolve(embedded_gazetteer(), "وافتتح الأمير مشروعا في الأحساء أمس.", ["الأحساء"]), "الأحساء")
    assert place.country == "SA" and abs(place.lat - 25.38) < 0.3 and abs(place.lon - 49.59) < 0.3
