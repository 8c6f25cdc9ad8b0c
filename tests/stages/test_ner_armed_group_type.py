""""منظمة" before a listed armed group's name is a type word, outside the name like تنظيم (audit
U48: "منظمة القاعدة"); names listed whole with it and IGOs/NGOs keep it."""
from __future__ import annotations

from tests.stages.test_ner import mentions, run


def test_type_word_before_an_armed_group_comes_off():
    doc = run("وأعلنت منظمة حماس مسؤوليتها أمس", {"منظمة": "B-ORG", "حماس": "I-ORG"})
    assert mentions(doc) == [("حماس", "ORG")]


def test_listed_whole_names_keep_it():  # must not fire: listed whole, or no armed group
    doc = run("وقال قائد منظمة بدر إن القوات تقدمت", {"منظمة": "B-ORG", "بدر": "I-ORG"})
    assert mentions(doc) == [("منظمة بدر", "ORG")]
    doc = run("وقالت منظمة العفو الدولية إن السجناء عذبوا",
              {"منظمة": "B-ORG", "العفو": "I-ORG", "الدولية": "I-ORG"})
    assert mentions(doc) == [("منظمة العفو الدولية", "ORG")]
