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
