"""Lexicon loading. Every lexicon entry goes through `norm_key`, so no entry can be
hidden from matching by presentation forms, diacritics, tatweel or alef variants.
"""
from __future__ import annotations

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
    """A TSV lexicon as {normalised first column: remaining columns}."""
    out: dict[str, list[str]] = {}
    for line in _lines(source):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        key = norm_key(cols[0], fold_taa=fold_taa)
        if key:
            out[key] = cols[1:]
    return out
