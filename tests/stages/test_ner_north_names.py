"""Northern Ireland and North Macedonia are names kept whole (audit U46: "ايرلندا الشمالية" was
cut to ايرلندا and resolved to the Republic of Ireland), like روسيا البيضاء."""
from test_ner import mentions, run


def test_a_country_whose_name_ends_in_north_keeps_the_word():
    doc = run("قال مالكو مخبز في ايرلندا الشمالية إنهم سيطعنون", {"ايرلندا": "B-LOC"})
    assert mentions(doc) == [("ايرلندا الشمالية", "LOC")]


def test_another_country_with_a_direction_adjective_does_not_take_it():
    # must not fire: "سوريا الشمالية" is no name kept whole
    doc = run("وصلت قوافل إلى سوريا الشمالية أمس", {"سوريا": "B-LOC"})
    assert mentions(doc) == [("سوريا", "LOC")]
