"""A country's name that is also a given name, then a surname, is a person, not a place (audit
U32: «وزير الاستخبارات الإسرائيلي، إسرائيل كاتس» read as the place إسرائيل)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasd.stages.ner import NerStage

# what the name lists (ner-gazetteer) and the label priors give; tests run with no resources
_TYPES = {"إسرائيل": {"LOCB", "PERT"}, "كاتس": {"PERT"}, "سان": {"PERT"}, "دييغو": {"PERT"},
          "سان دييغو": {"LOCB"}, "بيت": {"PERT"}, "عياض": set(), "الكبرى": set()}
_PERSONS = {"كاتس", "دييغو", "عياض"}  # words the priors saw mostly as a person's name


def _stub():
    return SimpleNamespace(_types=lambda w: frozenset(_TYPES.get(w, ())), _mostly_person=lambda w: w in _PERSONS)


@pytest.mark.parametrize("first,second,fires", [
    ("إسرائيل", "كاتس", True),
    ("إسرائيل", "الكبرى", False),  # must not fire: a definite word, no surname
    ("سان", "دييغو", False),       # must not fire: a listed place of two words
    ("بيت", "عياض", False),        # must not fire: no big place's name first (a village)
])
def test_given_then_surname(first, second, fires):
    assert NerStage._given_then_surname(_stub(), first, second) is fires
