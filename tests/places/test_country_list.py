"""A member of a list of countries is a country (rasd/stages/places/anchor.country_list_picks)."""
from places_helpers import assert_at, place_of, resolve


def test_a_name_listed_among_countries_reads_as_the_country(mem_gaz):
    # عمان beside the Jordan of the list would be Amman (the article's own country has a big
    # city of that name); in a list of countries it is Oman
    text = ("يستضيف الأردن الدورة في ملاعب الزرقاء، ويشارك فيها منتخب الأردن إلى جانب منتخبات "
            "البحرين والكويت وعمان واليمن.")
    doc = resolve(mem_gaz, text, [["الأردن", "الأردن"], "الزرقاء", "البحرين", "الكويت", "عمان", "اليمن"])
    assert_at(place_of(doc, "عمان"), "oman")


def test_a_list_of_cities_or_a_lone_pair_keeps_the_city(mem_gaz):
    # a list of cities: Amman
    text = "زار الوفد عمان والزرقاء والسلط في الأردن."
    doc = resolve(mem_gaz, text, ["عمان", "الزرقاء", "السلط", "الأردن"])
    assert_at(place_of(doc, "عمان"), "amman")
    # two members only are no list
    text = "وصل وزير خارجية الأردن إلى عمان، وقال إن الأردن والكويت يدعمان المبادرة."
    doc = resolve(mem_gaz, text, [["الأردن", "الأردن"], "عمان", "الكويت"])
    assert_at(place_of(doc, "عمان"), "amman")


_TN_ROWS = [
    ("t:tn", "تونس", "Tunisia", 34.0, 9.0, "TN", "", "", "country", 11500000, "تونس"),
    ("t:tunis", "تونس", "Tunis", 36.8065, 10.1815, "TN", "Tunis", "", "city", 700000, "تونس"),
    ("t:sousse", "سوسة", "Sousse", 35.83, 10.64, "TN", "Sousse", "", "city", 270000, "سوسة"),
    ("t:sfax", "صفاقس", "Sfax", 34.74, 10.76, "TN", "Sfax", "", "city", 330000, "صفاقس"),
    ("t:gafsa", "قفصة", "Gafsa", 34.43, 8.78, "TN", "Gafsa", "", "city", 110000, "قفصة"),
    ("t:sy", "سوريا", "Syria", 35.0, 38.5, "SY", "", "", "country", 18000000, "سوريا"),
    ("t:aleppo", "حلب", "Aleppo", 36.2, 37.13, "SY", "Aleppo", "", "city", 1800000, "حلب"),
    ("t:homs", "حمص", "Homs", 34.73, 36.71, "SY", "Homs", "", "city", 650000, "حمص"),
    ("t:hama", "حماة", "Hama", 35.13, 36.75, "SY", "Hama", "", "city", 460000, "حماة"),
]


def test_a_country_listed_among_its_towns_reads_as_its_capital():
    from places_helpers import row_gazetteer
    gaz = row_gazetteer(_TN_ROWS, "tn")
    text = "وشارك أساتذة من جامعات قفصة وصفاقس وسوسة وتونس في الملتقى."
    doc = resolve(gaz, text, ["قفصة", "صفاقس", "سوسة", "تونس"])
    assert place_of(doc, "تونس").name_en == "Tunis"


def test_a_country_beside_its_towns_stays_the_country():  # must not fire
    from places_helpers import row_gazetteer
    gaz = row_gazetteer(_TN_ROWS, "tn")
    # two towns only
    doc = resolve(gaz, "وزار الوفد صفاقس وسوسة وتونس.", ["صفاقس", "سوسة", "تونس"])
    assert place_of(doc, "تونس").feature == "country"
    # a country with no city of its name
    doc = resolve(gaz, "وقصف الطيران حلب وحمص وحماة وسوريا.", ["حلب", "حمص", "حماة", "سوريا"])
    assert place_of(doc, "سوريا").feature == "country"
