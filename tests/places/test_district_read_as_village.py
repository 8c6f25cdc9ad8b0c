"""A district the text names ("بمديرية الظاهر") that the gazetteer knows only as a namesake
village: a place read 115 km away, in another province, is not in it; it takes the unit's
point as an area in it (container_fallback, with the district's radius)."""

from places_helpers import place_of, resolve, row_gazetteer

_ROWS = [
    # id, name, name_en, lat, lon, country, admin1, admin2, feature, population, names
    ("t:ye", "اليمن", "Yemen", 15.5, 48.0, "YE", "", "", "country", 28_000_000, "اليمن"),
    ("t:zh", "الظاهر", "Az Zahir", 16.76, 43.31, "YE", "Sa`dah", "Al Dhaher", "village", 0, "الظاهر"),
    ("t:gh", "غافرة", "Ghafira", 16.92, 44.40, "YE", "Al Jawf", "Bart", "village", 0, "غافرة"),
    ("t:nj", "النجد", "An Najd", 16.80, 43.40, "YE", "Sa`dah", "Al Dhaher", "village", 0, "النجد"),
]


def _gaz():
    return row_gazetteer(_ROWS, "zahir")


def test_far_place_in_a_district_read_as_a_village_moves_into_it():
    text = "استهدفت الغارات في اليمن مواقع في منطقة غافرة بمديرية الظاهر أمس."
    p = place_of(resolve(_gaz(), text, ["اليمن", "غافرة", "الظاهر"]), "غافرة")
    assert p.feature == "region" and p.admin1 == "Sa`dah" and abs(p.lat - 16.76) < 0.01


def test_far_place_in_a_village_named_as_a_village_stays():
    text = "استهدفت الغارات في اليمن مواقع في منطقة غافرة بقرية الظاهر أمس."
    p = place_of(resolve(_gaz(), text, ["اليمن", "غافرة", "الظاهر"]), "غافرة")
    assert p.name_en == "Ghafira"


def test_near_place_in_the_district_stays():
    text = "استهدفت الغارات في اليمن مواقع في منطقة النجد بمديرية الظاهر أمس."
    p = place_of(resolve(_gaz(), text, ["اليمن", "النجد", "الظاهر"]), "النجد")
    assert p.name_en == "An Najd"
