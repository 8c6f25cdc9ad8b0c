"""A name right after a military rank that stands only before people is a person, whatever the
tagger called it (audit U46: "الأميرال بيتورينو" was an unresolved LOC)."""
from test_ner import mentions, run


def test_an_admiral_is_a_man():
    doc = run("وفي رسالة إلى الأميرال بيتورينو طالب الحقوقي بمعلومات", {"بيتورينو": "B-LOC"})
    assert mentions(doc) == [("بيتورينو", "PER")]


def test_a_listed_place_after_the_rank_stays_a_place():
    # must not fire: "الجنرال" before a listed place ("قاعدة الجنرال | بغداد" is no man)
    doc = run("وصل الجنرال بغداد أمس", {"بغداد": "B-LOC"}, names={"بغداد": "LOCB"})
    assert mentions(doc) == [("بغداد", "LOC")]
