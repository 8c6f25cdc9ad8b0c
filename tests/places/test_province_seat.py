"""A place named inside a province whose towns carry another spelling of it ("Giza" /
"Al Jizah"): it stays where the gazetteer has it, not at the province's far centroid
(container_fallback reads the spelling off the province's same-named city)."""

from places_helpers import place_of, resolve, row_gazetteer

_ROWS = [
    # id, name, name_en, lat, lon, country, admin1, admin2, feature, population, names
    ("t:eg", "مصر", "Egypt", 27.0, 30.0, "EG", "", "", "country", 100_000_000, "مصر"),
    ("t:gz1", "الجيزة", "Giza", 28.63, 29.28, "EG", "", "", "admin1", 8_000_000, "الجيزة"),
    ("t:gzc", "الجيزة", "Giza", 30.01, 31.21, "EG", "Al Jizah", "", "city", 3_000_000, "الجيزة"),
    ("t:dq", "الدقي", "El-Dokky", 30.04, 31.21, "EG", "Al Jizah", "", "admin2", 90_000, "الدقي"),
    # a village of another province, 290 km from Giza's point: the text still puts it in Giza
    ("t:kn", "كفر النخلة", "Kafr an Nakhla", 30.30, 31.20, "EG", "Al Qalyubiyah", "", "village", 5_000, "كفر النخلة"),
    ("t:cai", "القاهرة", "Cairo", 30.04, 31.24, "EG", "Al Qahirah", "", "city", 9_000_000, "القاهرة"),
]


def _gaz():
    return row_gazetteer(_ROWS, "giza")


def test_place_in_province_spelled_otherwise_keeps_its_point():
    text = "وقع الحادث في منطقة الدقي الواقعة في محافظة الجيزة غرب القاهرة."
    p = place_of(resolve(_gaz(), text, ["الدقي", "الجيزة", "القاهرة"]), "الدقي")
    assert p.name_en == "El-Dokky" and abs(p.lat - 30.04) < 0.01


def test_place_of_another_province_still_moves_into_the_named_one():
    text = "وقع الحادث في قرية كفر النخلة الواقعة في محافظة الجيزة."
    p = place_of(resolve(_gaz(), text, ["كفر النخلة", "الجيزة"]), "كفر النخلة")
    assert p.feature == "region" and abs(p.lat - 28.63) < 0.01
