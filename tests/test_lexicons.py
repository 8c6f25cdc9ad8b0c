"""Every lexicon shipped in rasd/lang/ar/ loads through normalisation."""
from __future__ import annotations

import unicodedata
from importlib import resources as importlib_resources

import pytest

from rasd.lang.lexicon import load_lexicon, load_table
from rasd.text.chars import TASHKEEL, TATWEEL

LEXICON_SUFFIXES = (".tsv", ".txt", ".lst")


def lexicon_files() -> list[str]:
    root = importlib_resources.files("rasd.lang.ar")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(LEXICON_SUFFIXES))


# isolated presentation form of each base letter, for writing a word in presentation forms
_ISOLATED = {}
for code in range(0xFE70, 0xFEFD):
    ch = chr(code)
    base = unicodedata.normalize("NFKC", ch)
    if len(base) == 1 and unicodedata.name(ch, "").endswith("ISOLATED FORM"):
        _ISOLATED.setdefault(base, ch)


def diacritised(word: str) -> str:
    """The word with a fatha on every Arabic letter and tatweel after the first."""
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            out.append("\u064e")
            if i == 0:
                out.append(TATWEEL)
    return "".join(out)


def presentation(word: str) -> str:
    return "".join(_ISOLATED.get(ch, ch) for ch in word)


def has_unnormalised(s: str) -> bool:
    return any(ch in TASHKEEL or ch == TATWEEL or "\ufb50" <= ch <= "\ufefc" or "\ufe70" <= ch <= "\ufeff"
               for ch in s)


def test_the_helpers_really_change_the_spelling() -> None:
    assert has_unnormalised(diacritised("بغداد")) and has_unnormalised(presentation("بغداد"))
    assert load_lexicon([diacritised("بغداد")]) == load_lexicon(["بغداد"]) == load_lexicon([presentation("بغداد")])


@pytest.mark.parametrize("name", lexicon_files() or ["<none shipped yet>"])
def test_lexicon_entries_are_normalised(name: str) -> None:
    if name.startswith("<"):
        # Nothing shipped yet: the loader itself must still normalise.
        assert load_lexicon(["الأُمَـم"]) == {"الامم"}
        return
    lexicon = load_lexicon(name)
    assert lexicon, f"{name} is empty"
    for key in lexicon:
        assert not has_unnormalised(key), f"{name}: entry {key!r} is not normalised"


# The tables read one row per word (load_table): a second, different row for the same word
# would silently replace the first.
ONE_ROW_TABLES = ("quantities_nouns.tsv", "quantities_cues.tsv", "quotes_verbs.tsv",
                  "quotes_phrases.tsv", "times_months.tsv")


@pytest.mark.parametrize("name", ONE_ROW_TABLES)
def test_one_row_tables_list_each_word_once(name: str) -> None:
    assert load_table(name)


def test_load_table_refuses_a_word_listed_twice_with_different_rows() -> None:
    assert load_table(["قتلى\tkilled", "قتلى\tkilled"]) == {"قتلي": ["killed"]}
    with pytest.raises(ValueError, match="twice"):
        load_table(["قتلى\tkilled", "قتلى\tinjured"])


@pytest.mark.parametrize("name", lexicon_files() or ["<none shipped yet>"])
def test_variant_spellings_match_their_entry(name: str) -> None:
    if name.startswith("<"):
        return
    entries = sorted(load_lexicon(name))[:200]
    arabic = [e for e in entries if any("\u0621" <= ch <= "\u064a" for ch in e)]
    for entry in arabic:
        assert load_lexicon([diacritised(entry)]) == {entry}, (name, entry)
        assert load_lexicon([presentation(entry)]) == {entry}, (name, entry)
