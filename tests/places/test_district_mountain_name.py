"""A district named after a mountain ("بمديرية جبل راس"): the mountain's cue word is part of
the district's name, so the whole name is looked up as the district the word before it names;
the bare name ("راس") is some other place. Without the unit's cue word only a mountain of
that whole name is taken."""

from places_helpers import place_of, resolve, row_gazetteer

_ROWS = [
    # id, name, name_en, lat, lon, country, admin1, admin2, feature, population, names
    ("t:ye", "اليمن", "Yemen", 15.5, 48.0, "YE", "", "", "country", 28_000_000, "اليمن"),
    ("t:hod", "الحديدة", "Al Hudaydah", 14.80, 42.95, "YE", "", "", "admin1", 2_000_000, "الحديدة"),
    ("t:jr", "مديرية جبل راس", "Jabal Ra's", 14.03, 43.60, "YE", "Al Hudaydah", "", "admin2", 44_000,
     "مديرية جبل راس|جبل راس"),
    ("t:mt", "جبل راس", "Jabal Ras (peak)", 14.10, 43.50, "YE", "Al Hudaydah", "", "natural", 0, "جبل راس"),
    ("t:rass", "الرس", "Ar Rass", 25.87, 43.50, "SA", "Al-Qassim", "", "town", 130_000, "الرس|راس"),
]


def _gaz():
    return row_gazetteer(_ROWS, "jabal")


def test_district_named_after_a_mountain():
    text = "قصفت الطائرات مواقع في اليمن بمديرية جبل راس أمس."
    p = place_of(resolve(_gaz(), text, ["اليمن", "راس"]), "راس")
    assert p.name_en == "Jabal Ra's" and p.feature == "admin2"


def test_mountain_without_a_unit_cue_stays_the_mountain():
    text = "قصفت الطائرات مواقع في اليمن على جبل راس أمس."
    p = place_of(resolve(_gaz(), text, ["اليمن", "راس"]), "راس")
    assert p.name_en == "Jabal Ras (peak)"
