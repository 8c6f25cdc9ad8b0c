"""A place name a sports story writes only before a masculine nationality adjective is the club
(النادي), where the town would take a feminine one (audit U60: "يلعب لصالح تشيلسي الإنجليزي"
was the place Chelsea)."""
from test_ner import mentions, run

_SPORT = "قال المدرب بعد مباراة الدوري إن اللاعب "


def test_a_town_before_a_masculine_nationality_is_the_club():
    doc = run(_SPORT + "انتقل إلى ليون الفرنسي أمس", {"ليون": "B-LOC"}, {"الفرنسي": "NAT"})
    assert mentions(doc) == [("ليون", "ORG")]


def test_a_feminine_adjective_keeps_the_town():
    # must not fire: "ليون الفرنسية" is the city
    doc = run(_SPORT + "سافر إلى ليون الفرنسية أمس", {"ليون": "B-LOC"}, {"الفرنسية": "NAT"})
    assert mentions(doc) == [("ليون", "LOC")]


def test_no_club_outside_sports_news():
    # must not fire: "الجولان السوري" in a political story
    doc = run("قال الوزير إن الجولان السوري محتل", {"الجولان": "B-LOC"}, {"السوري": "NAT"})
    assert mentions(doc) == [("الجولان", "LOC")]
