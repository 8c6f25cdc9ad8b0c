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


def test_a_verb_after_a_negation_particle_is_no_place():
    # "لم يزد على": did not exceed, not the city of Yazd (audit U60)
    doc = run("وبقي في السجن مدة لم يزد على شهرين", {"يزد": "B-LOC"})
    assert mentions(doc) == []


def test_a_verb_after_the_future_negation_is_no_place():
    doc = run("قال إن الإنتاج لن يزد هذا العام", {"يزد": "B-LOC"})
    assert mentions(doc) == []


def test_the_city_after_a_preposition_stays():
    # must not fire: "زار مدينة يزد" — no negation before the city
    doc = run("زار الرئيس مدينة يزد أمس", {"يزد": "B-LOC"})
    assert mentions(doc) == [("يزد", "LOC")]


def test_eden_after_gardens_is_no_place():
    # "بجنات عدن": the Garden of Eden, not the port of Aden (audit U60)
    doc = run("ووعدهم بجنات عدن إن صبروا", {"عدن": "B-LOC"})
    assert mentions(doc) == []
