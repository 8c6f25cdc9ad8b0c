"""Arabic number expressions → values (rasd.stages.numbers), on normalised text."""
from __future__ import annotations

import pytest

from rasd.stages.numbers import PHRASE_RE, parse_digits, parse_number
from rasd.text.normalize import normalize

CASES = [
    ("12", 12, False), ("١٢", 12, False), ("۱۲", 12, False), ("1,200", 1200, False), ("1.200", 1200, False),
    ("1,200,000", 1200000, False), ("2.5", 2.5, False), ("٢٫٥", 2.5, False), ("١٬٢٠٠", 1200, False),
    ("واحد", 1, False), ("اثنان", 2, False), ("اثنين", 2, False), ("ثلاثة", 3, False), ("ثلاث", 3, False),
    ("أربعة", 4, False), ("أربع", 4, False), ("خمسة", 5, False), ("ستة", 6, False), ("سبعة", 7, False),
    ("ثمانية", 8, False), ("ثماني", 8, False), ("تسعة", 9, False), ("عشرة", 10, False),
    ("أحد عشر", 11, False), ("إحدى عشرة", 11, False), ("اثنا عشر", 12, False), ("اثني عشر", 12, False),
    ("ثلاثة عشر", 13, False), ("ثمانية عشر", 18, False), ("تسعة عشر", 19, False),
    ("عشرون", 20, False), ("عشرين", 20, False), ("ثلاثين", 30, False), ("أربعين", 40, False),
    ("خمسون", 50, False), ("ستين", 60, False), ("سبعين", 70, False), ("ثمانين", 80, False), ("تسعون", 90, False),
    ("خمسة وعشرين", 25, False), ("واحد وثلاثون", 31, False), ("تسعة وتسعين", 99, False),
    ("مئة", 100, False), ("مائة", 100, False), ("مئتان", 200, False), ("مئتي", 200, False), ("مائتين", 200, False),
    ("ثلاثمئة", 300, False), ("ثلاثمائة", 300, False), ("ثلاث مئة", 300, False), ("خمسمائة", 500, False),
    ("تسعمئة", 900, False), ("مائة وخمسين", 150, False), ("مئتين وخمسين", 250, False),
    ("ألف", 1000, False), ("ألفان", 2000, False), ("ألفين", 2000, False), ("ألفي", 2000, False),
    ("ألفا", 2000, False), ("ثلاثة آلاف", 3000, False), ("ثلاثة آلاف وخمسمائة", 3500, False),
    ("عشرة آلاف", 10000, False), ("ألف وخمسمائة", 1500, False), ("مئة ألف", 100000, False),
    ("ثلاثمئة ألف", 300000, False), ("30 ألف", 30000, False), ("30 ألفاً", 30000, False),
    ("47 الف", 47000, False), ("مليون", 1000000, False), ("مليونا", 2000000, False), ("مليونين", 2000000, False),
    ("2.5 مليون", 2500000, False), ("3.6 ملايين", 3600000, False), ("1.7 مليون", 1700000, False),
    ("نصف مليون", 500000, False), ("مليون ونصف", 1500000, False), ("ربع مليون", 250000, False),
    ("مليار", 1000000000, False), ("11.6 مليون", 11600000, False),
    ("عشرات", 10, True), ("العشرات", 10, True), ("مئات", 100, True), ("المئات", 100, True),
    ("آلاف", 1000, True), ("الآلاف", 1000, True), ("عشرات الآلاف", 10000, True), ("مئات الآلاف", 100000, True),
    ("ملايين", 1000000, True), ("الأربع", 4, False), ("الخمسة", 5, False),
]


@pytest.mark.parametrize("text,value,vague", CASES)
def test_parse_number(text, value, vague):
    norm = normalize(text).text
    m = PHRASE_RE.fullmatch(norm)
    assert m is not None, norm
    assert parse_number(norm) == (value, vague)


@pytest.mark.parametrize("text", ["أحد", "إحدى", "عدة", "بضعة", "كثير", "", "شخص", "22 و29"])
def test_not_a_number(text):
    assert parse_number(normalize(text).text) is None


@pytest.mark.parametrize("s,value", [("12", 12), ("1,200", 1200), ("1.200", 1200), ("2.5", 2.5), ("13.1", 13.1),
                                     ("1.2.3", None), ("10,5", 10.5)])
def test_parse_digits(s, value):
    assert parse_digits(s) == value


def test_value_types_are_int_when_whole():
    assert isinstance(parse_number("2.5 مليون")[0], int)
    assert isinstance(parse_number("2.5")[0], float)
