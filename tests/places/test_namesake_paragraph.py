"""A namesake's state speaks for it only in the paragraph where both are named (audit U26: the
Second International "الذي عقد في باريس", two paragraphs after "حاكم ولاية ايلينوي", was read as
Paris, Illinois)."""
from places_helpers import assert_at, place_of, resolve


def test_a_state_named_paragraphs_before_is_background(mem_gaz):
    text = ("قتل عمال في مظاهرة، وعفا حاكم ولاية تكساس عن البقية.\n"
            "صحف عربية تبرز معاناة العمال.\n"
            "وكتب رئيس الاتحاد إلى المؤتمر الأول الذي عقد في باريس.")
    assert_at(place_of(resolve(mem_gaz, text, ["تكساس", "باريس"]), "باريس"), "paris")


def test_the_state_in_the_same_paragraph_keeps_its_town(mem_gaz):
    text = "قالت شرطة تكساس إن الحادث وقع في باريس، وإن المشتبه به اعتقل."
    assert_at(place_of(resolve(mem_gaz, text, ["تكساس", "باريس"]), "باريس"), "paris-tx")


def test_the_town_named_with_its_state_in_one_paragraph_of_many(mem_gaz):
    text = ("أعلنت السلطات حالة الطوارئ بعد العاصفة.\n"
            "وقالت شرطة ولاية تكساس إن إعصارا ضرب باريس ليلا.\n"
            "وتسببت العاصفة في انقطاع الكهرباء عن باريس.")
    assert_at(place_of(resolve(mem_gaz, text, ["تكساس", ["باريس", "باريس"]]), "باريس"), "paris-tx")
