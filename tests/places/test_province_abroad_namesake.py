"""A province abroad, in a country the story never names, read only through a cue word
("منطقة X"), gives way when the story's own country has a place of that name: none of
these beats a wrong place (SPEC §2.2)."""

from places_helpers import place_of, resolve, row_gazetteer

_ROWS = [
    # id, name, name_en, lat, lon, country, admin1, admin2, feature, population, names
    ("t:sy", "سوريا", "Syria", 35.0, 38.5, "SY", "", "", "country", 17_000_000, "سوريا"),
    ("t:ly", "ليبيا", "Libya", 26.3, 17.2, "LY", "", "", "country", 6_000_000, "ليبيا"),
    ("t:douma", "دوما", "Douma", 33.57, 36.40, "SY", "Rif Dimashq", "", "city", 110_000, "دوما"),
    ("t:mrj-ly", "المرج", "Al Marj", 32.02, 21.17, "LY", "", "", "admin1", 185_000, "المرج"),
    ("t:mrj-sy", "المرج", "Al Marj", 36.21, 36.42, "SY", "Idlib", "Harim", "village", 0, "المرج"),
    ("t:kufra", "الكفرة", "Al Kufrah", 24.2, 23.3, "LY", "", "", "admin1", 200_000, "الكفرة"),
]


def _gaz():
    return row_gazetteer(_ROWS, "marj")


def test_province_abroad_gives_way_to_a_home_namesake():
    text = "قصفت الطائرات في سوريا مدينة دوما ومنطقة المرج أمس."
    p = place_of(resolve(_gaz(), text, ["سوريا", "دوما", "المرج"]), "المرج")
    assert p.country != "LY"


def test_province_abroad_with_its_adjective_stays():
    text = "قصفت الطائرات في سوريا مدينة دوما، ثم منطقة المرج الليبية أمس."
    p = place_of(resolve(_gaz(), text, ["سوريا", "دوما", "المرج"]), "المرج")
    assert p.country == "LY" and p.name_en == "Al Marj"


def test_province_abroad_with_no_home_namesake_stays():
    text = "قصفت الطائرات في سوريا مدينة دوما ومنطقة الكفرة أمس."
    p = place_of(resolve(_gaz(), text, ["سوريا", "دوما", "الكفرة"]), "الكفرة")
    assert p.country == "LY"
