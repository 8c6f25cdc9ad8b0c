"""Trillions are a scale word (تريليون/ترليون), as مليار is: "3.5 ترليون" is 3.5e12, not 3.5."""
from __future__ import annotations

import pytest

from rasd.stages.numbers import parse_number
from rasd.text.normalize import normalize


@pytest.mark.parametrize("text,value", [
    ("3.5 ترليون", 3_500_000_000_000),
    ("2 تريليون", 2_000_000_000_000),
    ("تريليونا", 2_000_000_000_000),
    ("ثلاثة تريليونات", 3_000_000_000_000),
])
def test_trillion_is_a_scale(text, value):
    got = parse_number(normalize(text).text)
    assert got is not None and got[0] == value


@pytest.mark.parametrize("text,value", [
    ("2.5 مليار", 2_500_000_000),   # must not change: the billions stay billions
    ("بليون", 1_000_000_000),
])
def test_billions_unchanged(text, value):
    assert parse_number(normalize(text).text)[0] == value
