"""Clitic splits: names stay visible without their proclitics (SPEC 2.1)."""
from __future__ import annotations

import pytest

from rasd.text import tokenize


def segs(word: str) -> list[tuple[str, str]]:
    (tok,) = tokenize(word)
    return [(s.text, s.kind) for s in tok.segments]


def name_part(text: str, index: int = 0) -> str:
    tok = tokenize(text)[index]
    s, e = tok.without_proclitics()
    return text[s:e]


def test_preposition_and_article_split_off_mosul() -> None:
    assert segs("بالموصل") == [("ب", "proclitic"), ("ال", "article"), ("موصل", "stem")]
    assert name_part("قصف بالموصل", 1) == "الموصل"


def test_conjunction_and_article_split_off_cairo() -> None:
    assert segs("والقاهرة") == [("و", "proclitic"), ("ال", "article"), ("قاهرة", "stem")]
    assert name_part("والقاهرة") == "القاهرة"


def test_lam_lam_contraction_starts_name_at_second_lam() -> None:
    assert segs("للأمم") == [("ل", "proclitic"), ("لأمم", "stem")]
    assert name_part("للأمم المتحدة") == "لأمم"


def test_double_conjunction_before_name() -> None:
    assert name_part("وواشنطن") == "واشنطن"


@pytest.mark.parametrize("name", ["بغداد", "لبنان", "بيروت", "واشنطن", "فرنسا", "وادي", "وهران"])
def test_names_beginning_with_clitic_letters_stay_whole(name: str) -> None:
    assert segs(name) == [(name, "stem")]


@pytest.mark.parametrize("word, pieces", [
    ("أنه", ["أن", "ه"]), ("فيها", ["في", "ها"]), ("وفيها", ["و", "في", "ها"]),
    ("بذلك", ["ب", "ذلك"]), ("وقد", ["و", "قد"]), ("فإن", ["ف", "إن"]), ("كتابهم", ["كتاب", "هم"]),
])
def test_function_words_and_pronoun_suffixes(word: str, pieces: list[str]) -> None:
    assert [t for t, _ in segs(word)] == pieces


def test_diacritics_stay_inside_their_segment() -> None:
    text = "وَبِالمَوْصِلِ"
    (tok,) = tokenize(text)
    assert "".join(s.text for s in tok.segments) == text
    assert tok.segments[0].text == "وَ" and tok.segments[-1].norm == "موصل"


def test_numbers_keep_decimal_point_and_separator() -> None:
    assert [t.text for t in tokenize("نحو 3.5 مليون و1,200 شخص")] == \
        ["نحو", "3.5", "مليون", "و", "1,200", "شخص"]


def test_expanded_character_is_one_token() -> None:
    text = "انتظر… ثم ﷲ"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["انتظر", "…", "ثم", "ﷲ"]
    assert toks[-1].norm == "الله"


def test_tatweel_does_not_split_a_word() -> None:
    assert [t.text for t in tokenize("الحـــرب")] == ["الحـــرب"]
