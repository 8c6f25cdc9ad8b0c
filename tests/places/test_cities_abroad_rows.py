"""Cities abroad whose Arabic spelling the sources lack (hand-written rows, audit U29b): "في
مدينة ليستر، وسط انجلترا" was a US village (the sources spell لايستر/لستر), and كايزرسلاوترن
had no Arabic name at all."""
import pytest

from places_helpers import place_of, resolve


@pytest.mark.parametrize("sentence,name,point,country", [
    ("ووقع انفجار في مدينة ليستر، وسط انجلترا.", "ليستر", (52.64, -1.13), "GB"),
    ("وخرجت احتجاجات في كايزرسلاوترن مساء أمس.", "كايزرسلاوترن", (49.44, 7.77), "DE"),
    # must not fire: a city the sources already name keeps its own row
    ("وخرجت احتجاجات في ميونيخ مساء أمس.", "ميونيخ", (48.14, 11.58), "DE"),
])
def test_a_city_abroad_resolves(sentence, name, point, country):
    from rasd.gazetteer.embedded import embedded_gazetteer

    place = place_of(resolve(embedded_gazetteer(), sentence, [name]), name)
    assert place.country == country and abs(place.lat - point[0]) < 0.3 and abs(place.lon - point[1]) < 0.3
