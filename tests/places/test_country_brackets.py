"""A country's other name in a bracket of its listed name is a name of it too (audit ent41:
"بورما", eight times in a story on Myanmar, was unresolved beside "ميانمار (بورما)")."""
from rasd.gazetteer.build import bracketed_names


def test_the_one_word_in_a_bracket_is_another_name():
    assert bracketed_names(["ميانمار (بورما)", "ميانمار"]) == ["بورما"]


def test_a_described_bracket_or_a_known_name_adds_nothing():
    # must not fire: a bracket of several words describes, it does not name
    assert bracketed_names(["هونغ كونغ الصينية (منطقة إدارية خاصة)", "بوليفيا (دولة - المتعددة القوميات)"]) == []
    # must not fire: the bracketed name is listed already
    assert bracketed_names(["هنغاريا", "المجر (هنغاريا)"]) == []
