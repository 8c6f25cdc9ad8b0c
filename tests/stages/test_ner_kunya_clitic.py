"""A preposition on a kunya's first word is outside the name (audit U36: "الملقب بأبي سمير"
gave the mention "بأبي سمير"; SPEC 2.1: proclitics are not part of a mention)."""
from __future__ import annotations

from tests.stages.test_ner import NAMES, mentions, run


def test_ba_comes_off_abi_of_a_kunya():
    doc = run("وقتل القيادي الملقب بأبي سمير في الغارة", {"بأبي": "B-PER", "سمير": "I-PER"}, NAMES)
    assert mentions(doc) == [("أبي سمير", "PER")]


def test_lam_comes_off_abu_of_a_kunya():
    doc = run("وقال مصدر مقرب لأبو محمد إن الاجتماع انتهى", {"لأبو": "B-PER", "محمد": "I-PER"}, NAMES)
    assert mentions(doc) == [("أبو محمد", "PER")]


def test_a_one_word_mention_keeps_its_letters():  # must not fire: no name after the word
    doc = run("وقال بأبي إنه وصل", {"بأبي": "B-PER"}, NAMES)
    assert [m for m, _ in mentions(doc)] != ["أبي"]


def test_another_first_word_is_left_to_the_usual_rules():  # must not fire: not a kunya head
    doc = run("وقال بلال محمد إن الاجتماع انتهى", {"بلال": "B-PER", "محمد": "I-PER"}, NAMES)
    assert mentions(doc) == [("بلال محمد", "PER")]


# -- a nationality before "الجنسية" is no part of the name ------------------------------------

_NAT = dict(NAMES, روسي="NAT", تركي="NAT|PERF")


def test_a_nationality_before_jinsiyya_leaves_the_name():
    doc = run("وقتل القيادي أبو سمير روسي الجنسية في الغارة", {"أبو": "B-PER", "سمير": "I-PER", "روسي": "I-PER"}, _NAT)
    assert mentions(doc) == [("أبو سمير", "PER")]


def test_a_two_word_name_keeps_its_last_word():  # must not fire: "محمد تركي" may be the name
    doc = run("وقتل محمد تركي الجنسية في الغارة", {"محمد": "B-PER", "تركي": "I-PER"}, _NAT)
    assert mentions(doc) == [("محمد تركي", "PER")]


def test_a_nationality_without_jinsiyya_stays():  # must not fire: no "الجنسية" after it
    doc = run("وقتل أبو سمير روسي في الغارة", {"أبو": "B-PER", "سمير": "I-PER", "روسي": "I-PER"}, _NAT)
    assert mentions(doc) == [("أبو سمير روسي", "PER")]
