"""أم is "or" after a هل question in the same sentence (audit U62: "أم بليت", "أم تراك" were
names): a chunk it opens is dropped, or keeps only a listed name after it."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, أم="PERT|LOCS", السودان="LOCB", **{"أم درمان": "LOCB"})


def test_or_in_a_question_opens_no_name():
    doc = run("هل أرهقك السفر أم تعبت من العمل", {"أم": "B-PER", "تعبت": "I-PER"}, _NAMES)
    assert mentions(doc) == []
    doc = run("هل زار الوزير القاهرة أم السودان", {"أم": "B-LOC", "السودان": "I-LOC"}, _NAMES)
    assert mentions(doc) == [("السودان", "LOC")]


def test_a_kunya_or_listed_place_stays():
    # must not fire: no هل before it in the sentence
    doc = run("هل انتهى الاجتماع؟ وقالت أم خالد إنها تنتظر", {"أم": "B-PER", "خالد": "I-PER"}, _NAMES)
    assert mentions(doc) == [("أم خالد", "PER")]
    # must not fire: the whole chunk is a listed place
    doc = run("هل وصل الوفد إلى أم درمان", {"أم": "B-LOC", "درمان": "I-LOC"}, _NAMES)
    assert mentions(doc) == [("أم درمان", "LOC")]
