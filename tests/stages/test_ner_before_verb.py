"""A place name right after a conjunction of time that a verb follows is the verb (audit U46:
"عندما عدن إلى العمل", when they returned, was Aden)."""
from test_ner import mentions, run


def test_a_verb_after_when_is_no_place():
    doc = run("وخسرت النساء وظائفهن عندما عدن إلى العمل", {"عدن": "B-LOC"})
    assert mentions(doc) == []


def test_the_place_after_another_word_stays():
    # must not fire: "وصلوا إلى عدن عندما" — the place is not right after the conjunction
    doc = run("وصلوا إلى عدن عندما بدأت المعارك", {"عدن": "B-LOC"})
    assert mentions(doc) == [("عدن", "LOC")]
