"""A person's name does not start with the verb the tagger ran into it (audit U58): an
imperfect verb of the plural or dual ("حراس يضايقون الساعدي": guards harass al-Saadi) or a
verb of reply ("فرد ماتيس": and Mattis replied)."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, يوسفون="PERT")


@pytest.mark.parametrize("text, tagged, expected", [
    ("وظهر في الشريط سجانون يعذبون كريم الحسني في زنزانته",
     {"يعذبون": "B-PER", "كريم": "I-PER", "الحسني": "I-PER"}, "كريم الحسني"),
    ("وشاهد الصحفيون جنودا يلاحقون سمير العلوي في الشارع",
     {"يلاحقون": "B-PER", "سمير": "I-PER", "العلوي": "I-PER"}, "سمير العلوي"),
    ("وسأله الصحفي عن الخطة فرد هاني الخطيب بأنها جاهزة", {"فرد": "B-PER", "هاني": "I-PER", "الخطيب": "I-PER"},
     "هاني الخطيب"),
])
def test_the_verb_before_the_name_comes_off(text, tagged, expected):
    assert mentions(run(text, tagged, _NAMES)) == [(expected, "PER")]


def test_a_listed_name_in_the_verbs_shape_stays():  # must not fire: يوسفون is listed here as a name's word
    doc = run("واستقبل الوزير يوسفون زكريا أمس", {"يوسفون": "B-PER", "زكريا": "I-PER"}, _NAMES)
    assert mentions(doc) == [("يوسفون زكريا", "PER")]


def test_a_short_name_in_ون_stays():  # must not fire: five letters, يارون
    doc = run("وقال الجنرال يارون فينكلمان إن الجيش مستعد", {"يارون": "B-PER", "فينكلمان": "I-PER"}, _NAMES)
    assert mentions(doc) == [("يارون فينكلمان", "PER")]


def test_the_name_left_is_a_mention_each_time():
    doc = run("وظهر سجانون يلاحقون الساعدي في الشريط. واعتقل الساعدي منذ عامين.",
              {"يلاحقون": "B-PER", "الساعدي": "I-PER"}, _NAMES)
    assert mentions(doc) == [("الساعدي", "PER"), ("الساعدي", "PER")]
