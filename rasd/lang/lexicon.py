"""Lexicon loading. Every lexicon entry goes through `norm_key`, so no entry can be
hidden from matching by presentation forms, diacritics, tatweel or alef variants.
"""
from __future__ import annotations

import re
from importlib import resources as importlib_resources
from typing import Iterable

from rasd.text.normalize import norm_key


def _lines(source: str | Iterable[str]) -> Iterable[str]:
    if isinstance(source, str):
        return packaged_text(source).splitlines()
    return source


def packaged_text(name: str) -> str:
    """Text of a lexicon file shipped in rasd/lang/ar/."""
    return importlib_resources.files("rasd.lang.ar").joinpath(name).read_text("utf-8")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of lexicon words, the longest first (a word wins over a shorter one it
    starts with: "الاحدث" is tried before "الاحد"), each escaped, a space in one matching any run of
    white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def load_lexicon(source: str | Iterable[str], *, fold_taa: bool = False) -> set[str]:
    """A set of normalised entries; `source` is a packaged file name or an iterable of lines.

    Blank lines and lines starting with '#' are skipped; only the first TSV column is used.
    """
    out = set()
    for line in _lines(source):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key = norm_key(line.split("\t", 1)[0], fold_taa=fold_taa)
        if key:
            out.add(key)
    return out


def load_table(source: str | Iterable[str], *, fold_taa: bool = False) -> dict[str, list[str]]:
    """A TSV lexicon as {normalised first column: remaining columns}.

    A word may be listed once: two rows whose first columns normalise alike but whose other
    columns differ raise ValueError, since one of them would be silently lost (a table that
    needs several rows per word is read with `_keys_where`)."""
    out: dict[str, list[str]] = {}
    for line in _lines(source):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        key = norm_key(cols[0], fold_taa=fold_taa)
        if key in out and out[key] != cols[1:]:
            raise ValueError(f"lexicon lists {cols[0]!r} twice with different rows: "
                             f"{out[key]} and {cols[1:]}")
        if key:
            out[key] = cols[1:]
    return out


def _keys_where(source: str, column: int, value: str, *, fold_taa: bool) -> frozenset[str]:
    """Normalised first-column entries whose column `column` (1 = the second) is `value`; a word
    listed twice with different values counts for each (إننا is comp and firstp)."""
    out = set()
    for line in _lines(source):
        cols = line.rstrip("\n").split("\t")
        if line.strip() and not line.startswith("#") and len(cols) > column and cols[column] == value:
            out.add(norm_key(cols[0], fold_taa=fold_taa))
    return frozenset(out - {""})


def reporting_verbs(*, fold_taa: bool = False) -> frozenset[str]:
    """The finite reporting verbs (قال، أكد، أعلن …: type `v` of quotes_verbs.tsv), normalised —
    the quotes stage's cues, read by the other stages that look for a speaker or a statement."""
    return _keys_where("quotes_verbs.tsv", 3, "v", fold_taa=fold_taa)


def complementisers(*, fold_taa: bool = False) -> frozenset[str]:
    """أن، إن، بأن and their pronoun forms (أنه، إنها، بأننا …: category `comp` of
    quotes_words.tsv), normalised."""
    return _keys_where("quotes_words.tsv", 1, "comp", fold_taa=fold_taa)


def while_openers() -> frozenset[str]:
    """فيما، بينما and وفيما، وبينما (category `while` of quotes_words.tsv), normalised: each opens
    a clause of its own, read by the quotes stage (a second speaker) and the events stage (a
    second toll)."""
    return _keys_where("quotes_words.tsv", 1, "while", fold_taa=False)
