"""Spelt letters joined by dots are one token ("تي.إف 1" = TF1, "أ.ف.ب"): the quote finder read the
dot in "لمحطة تي.إف 1 التلفزيونية" as a sentence end and lost the direct quote after it (audit qtq42,
U42 ant-SK-internationalNews-1386)."""
from __future__ import annotations

import pytest

from rasd.text.tokenize import tokenize


@pytest.mark.parametrize("text,token", [
    ("وقال لمحطة تي.إف 1 التلفزيونية", "تي.إف"),
    ("(أ.ف.ب)", "أ.ف.ب"),
    ("لشركة (إس.إن.سي.إف)", "إس.إن.سي.إف"),
])
def test_dotted_letters_are_one_token(text, token):
    assert token in [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text,tokens", [
    ("كيلومتر.وقال", ["كيلومتر", ".", "وقال"]),   # must not fire: a full stop glued between words
    ("د.محمد علي", ["د", ".", "محمد", "علي"]),     # must not fire: an initial before a full name
    ("عام 3.5 مليون", ["عام", "3.5", "مليون"]),    # numbers keep their point as before
    ("U.S. army", ["U", ".", "S", ".", "army"]),  # Latin abbreviations unchanged
])
def test_other_dots_are_unchanged(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens
