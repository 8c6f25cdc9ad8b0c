"""A place named after a man does not end in the linking بن either (audit U60: "بمسجد الحسين بن
علي" gave the place "الحسين بن")."""
from test_ner import mentions, run


def test_a_place_runs_on_over_its_linking_word():
    doc = run("وقع الانفجار قرب مسجد عمر بن الخطاب في المدينة",
              {"عمر": "B-LOC", "بن": "I-LOC"})
    assert mentions(doc) == [("عمر بن الخطاب", "LOC")]


def test_a_link_before_punctuation_stays_cut():
    # must not fire: a comma after the link leaves nothing to join
    doc = run("وقع الانفجار قرب مسجد عمر بن، ثم انتقل", {"عمر": "B-LOC", "بن": "I-LOC"})
    assert ("عمر بن الخطاب", "LOC") not in mentions(doc)


def test_a_one_word_place_spelt_like_a_link_stays():
    # must not fire: "مدينة فان شرق تركيا" — Van, a city whose name is the particle فان
    doc = run("وقال في مدينة فان شرق تركيا إن الوضع هادئ", {"فان": "B-LOC", "تركيا": "B-LOC"})
    assert ("فان", "LOC") in mentions(doc)
