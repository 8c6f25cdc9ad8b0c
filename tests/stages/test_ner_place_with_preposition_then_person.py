"""A place chunk whose first word is a listed place with its preposition, run on into a person
(audit U46: "مديرة جمعية التنمية الأسرية بالباحة عزة الزهراني" was one LOC)."""
from test_ner import mentions, run

_NAMES = {"الباحة": "LOCB|LOCS", "عزة": "PERF|LOCS"}


def test_the_place_and_the_person_are_cut_apart():
    doc = run("وترى مديرة الجمعية بالباحة عزة الزهراني أن المشاركة مهمة",
              {"بالباحة": "B-LOC", "عزة": "I-LOC", "الزهراني": "I-LOC"}, names=_NAMES)
    assert mentions(doc) == [("الباحة", "LOC"), ("عزة الزهراني", "PER")]


def test_no_preposition_no_cut():
    # must not fire: without a place word or a preposition on a listed place the chunk is left
    doc = run("وترى مديرة الجمعية الباحة عزة الزهراني أن المشاركة مهمة",
              {"الباحة": "B-LOC", "عزة": "I-LOC", "الزهراني": "I-LOC"}, names=_NAMES)
    assert mentions(doc) == [("الباحة عزة الزهراني", "LOC")]
