"""Two person chunks one space apart are one name the tagger cut, also with the given name علي
between them (audit U48: "كيم | جونغ أون", "حسين | علي | أميري"); not after a conjunction, a
title, punctuation, nor when either part names a person of its own elsewhere."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import mentions, run


@pytest.mark.parametrize("text,table,expected", [
    ("واستقبل الوزير سامي جميل حداد في مكتبه",
     {"سامي": "B-PER", "جميل": "I-PER", "حداد": "B-PER"}, ["سامي جميل حداد"]),
    ("وقال الناطق حسن علي رستمي إن الوفد وصل",
     {"حسن": "B-PER", "رستمي": "B-PER"}, ["حسن علي رستمي"]),
])
def test_a_cut_name_is_joined(text, table, expected):
    assert [m for m, lab in mentions(run(text, table)) if lab == "PER"] == expected


@pytest.mark.parametrize("text,table,expected", [
    # must not fire: a conjunction joins two men
    ("والتقى الوفد سامي حداد ووائل نصر أمس",
     {"سامي": "B-PER", "حداد": "I-PER", "ووائل": "B-PER", "نصر": "I-PER"}, ["سامي حداد", "وائل نصر"]),
    # must not fire: punctuation between
    ("والتقى الوفد سامي حداد، رامي نصر أمس",
     {"سامي": "B-PER", "حداد": "I-PER", "رامي": "B-PER", "نصر": "I-PER"}, ["سامي حداد", "رامي نصر"]),
    # must not fire: the first part is a man named alone elsewhere ("أقال الرئيس X Y")
    ("أقال الرئيس كمال رستمي نصري من منصبه. وقال رستمي إن القرار نهائي",
     {"كمال": "B-PER", "رستمي": "I-PER", "نصري": "B-PER"}, ["كمال رستمي", "رستمي", "نصري"]),
])
def test_two_men_stay_apart(text, table, expected):
    assert sorted(m for m, lab in mentions(run(text, table)) if lab == "PER") == sorted(expected)
