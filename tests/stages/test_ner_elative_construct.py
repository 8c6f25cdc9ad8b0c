"""An elative heading a construct is no name (audit U62: "وكبرى مدنها الموصل" gave a village
كبرى): the greatest of a group, with a definite or possessed noun right after it."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, كبرى="LOCS", أكبر="PERT|LOCS", ولايتي="PERL", حلب="LOCB")


def test_an_elative_before_a_possessed_or_definite_noun_is_dropped():
    doc = run("وتضم المحافظة حلب وكبرى مدنها بعد العاصمة", {"حلب": "B-LOC", "وكبرى": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("حلب", "LOC")]
    doc = run("وزار الوفد أكبر المدن في الشمال", {"أكبر": "B-LOC"}, _NAMES)
    assert mentions(doc) == []


def test_a_name_after_akbar_stays():
    # must not fire: the next word is neither definite nor possessed
    doc = run("وقال علي أكبر ولايتي إن الاتفاق قائم", {"علي": "B-PER", "أكبر": "I-PER", "ولايتي": "I-PER"}, _NAMES)
    assert mentions(doc) == [("علي أكبر ولايتي", "PER")]
    # must not fire: a place alone, nothing after it
    doc = run("ووصل الوفد إلى كبرى", {"كبرى": "B-LOC"}, _NAMES)
    assert mentions(doc) == [("كبرى", "LOC")]
