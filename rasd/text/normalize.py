"""Offset-preserving normalisation of Arabic text.

`normalize` returns the normalised view *and* an OffsetMap, so every stage can
match on a clean form (no diacritics, one alef, ASCII digits) and still report
offsets into the original article.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from rasd.text.chars import fold_char, is_mark
from rasd.text.offsets import OffsetMap


@dataclass(frozen=True)
class Normalized:
    text: str
    map: OffsetMap

    def to_orig(self, nstart: int, nend: int) -> tuple[int, int]:
        return self.map.to_orig(nstart, nend)


@lru_cache(maxsize=65536)
def _fold_cached(ch: str, fold_taa: bool) -> str:
    return fold_char(ch, fold_taa=fold_taa)


_PLAIN_CACHE: dict[bool, re.Pattern] = {}


def _plain_pattern(fold_taa: bool) -> re.Pattern:
    """Runs of characters that normalise to themselves, for the fast path."""
    pat = _PLAIN_CACHE.get(fold_taa)
    if pat is None:
        taa = "" if fold_taa else "ة"
        # Base Arabic letters that do not fold, ASCII lower-case, digits, spaces, common punctuation.
        pat = re.compile("[ءؤئابتثجحخدذرزسشصضطظعغفقكلمنهوي" + taa + r"a-z0-9 \n\t.,:;!?()\[\]/\-]+")
        _PLAIN_CACHE[fold_taa] = pat
    return pat


def normalize(text: str, *, fold_taa: bool = False) -> Normalized:
    """Normalise `text` and keep a map back to its original offsets."""
    out: list[str] = []
    starts = array("l")
    ends = array("l")
    plain = _plain_pattern(fold_taa)
    i, n = 0, len(text)
    while i < n:
        m = plain.match(text, i)
        if m:
            j = m.end()
            out.append(m.group())
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
            i = j
            continue
        ch = text[i]
        folded = _fold_cached(ch, fold_taa)
        if folded:
            out.append(folded)
            for _ in folded:
                starts.append(i)
                ends.append(i + 1)
        elif ends and is_mark(ch) and ends[-1] == i:
            ends[-1] = i + 1  # a diacritic belongs to the letter it sits on
        i += 1
    return Normalized("".join(out), OffsetMap(starts, ends, n))


def norm_key(s: str, *, fold_taa: bool = False) -> str:
    """Lexicon key: normalised, whitespace collapsed, stripped."""
    return " ".join(normalize_text(s, fold_taa=fold_taa).split())


class _FoldTable(dict):
    """str.translate table: code point → its normalised form, filled on first use."""

    def __init__(self, fold_taa: bool) -> None:
        super().__init__()
        self.fold_taa = fold_taa

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code), fold_taa=self.fold_taa)
        return folded


_TABLES = {False: _FoldTable(False), True: _FoldTable(True)}


def normalize_text(text: str, *, fold_taa: bool = False) -> str:
    """normalize(text).text without the offset map: one str.translate, for keys.

    The normalised text is each character's fold (rasd.text.chars.fold_char) joined; only
    the map needs the character-by-character walk. Stages key gazetteer and lexicon look-ups
    with norm_key tens of thousands of times per hundred articles, nearly all on distinct
    strings, so a cache did not help and building the map was most of the cost."""
    return text.translate(_TABLES[bool(fold_taa)])
