"""An adjective of the man before his name is not part of it: a birth order ("ابنه البكر سالم")
or a nisba no list gives as a person's word before a listed given name and one more name word
(audit ent41: "البنغلادشي محمد عبد الكلام", "العراقيان عمر الكربولي", "الحمساوي صالح العاروري")."""
from __future__ import annotations

import pytest

from tests.stages.test_ner import NAMES, mentions, run

_NAMES = dict(NAMES, محمد="PERF", عمر="PERT", الهادي="PERT", سامي="PERF")


@pytest.mark.parametrize("text, tagged, expected", [
    ("وقال المفوض الموريتاني محمد ولد سالم إن الوفد وصل",
     {"الموريتاني": "B-PER", "محمد": "I-PER", "ولد": "I-PER", "سالم": "I-PER"}, "محمد ولد سالم"),
    ("واعتقل السوري سامي والعراقيان عمر الكبيسي أمس",
     {"والعراقيان": "B-PER", "عمر": "I-PER", "الكبيسي": "I-PER"}, "عمر الكبيسي"),
    ("وقضى ابنه البكر ماهر في حادث", {"البكر": "B-PER", "ماهر": "I-PER"}, "ماهر"),
])
def test_the_adjective_before_the_name_comes_off(text, tagged, expected):
    assert [m for m, _ in mentions(run(text, tagged, _NAMES))] == [expected]


@pytest.mark.parametrize("text, tagged, expected", [
    # must not fire: a nisba-shaped given name the lists know as a person's word
    ("وقال الهادي محمد الزين إن الوفد وصل", {"الهادي": "B-PER", "محمد": "I-PER", "الزين": "I-PER"},
     "الهادي محمد الزين"),
    # must not fire: the word after it is no listed given name, or only one name word follows
    ("وقال الكبيسي ماهر الزين إن الوفد وصل", {"الكبيسي": "B-PER", "ماهر": "I-PER", "الزين": "I-PER"},
     "الكبيسي ماهر الزين"),
    ("وقال الموريتاني محمد إن الوفد وصل", {"الموريتاني": "B-PER", "محمد": "I-PER"}, "الموريتاني محمد"),
])
def test_a_name_that_opens_with_a_nisba_shape_stays(text, tagged, expected):
    assert [m for m, _ in mentions(run(text, tagged, _NAMES))] == [expected]
