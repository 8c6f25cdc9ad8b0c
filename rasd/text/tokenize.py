"""Tokens and clitic-aware segments, with offsets into the ORIGINAL text.

Tokenisation runs on the normalised view (so diacritics and tatweel never
split a word) and maps every token back through the OffsetMap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.text.normalize import Normalized, normalize

# A number keeps its decimal point or thousands separator ("3.5", "1,200");
# a word is a run of letters/marks; anything else is a one-character token.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[\u0640][^\W\d_]*)*|\S", re.UNICODE)

PROCLITICS = "وفبلكس"
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك")
# Stems that look like clitic + word but are words: keep whole.
_MIN_STEM = 2


@dataclass(frozen=True)
class Segment:
    """A clitic or stem inside a token; offsets are original-text offsets."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "proclitic" | "article" | "stem" | "suffix"


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    segments: tuple[Segment, ...] = field(default=(), compare=False)

    @property
    def stem(self) -> Segment:
        for seg in self.segments:
            if seg.kind == "stem":
                return seg
        return Segment(self.start, self.end, self.text, self.norm, "stem")

    def without_proclitics(self) -> tuple[int, int]:
        """(start, end) of the token with leading و ف ب ك ل س removed (ال kept)."""
        for seg in self.segments:
            if seg.kind != "proclitic":
                return seg.start, self.end
        return self.start, self.end


def split_clitics(norm: str) -> list[tuple[int, int, str]]:
    """Split a normalised word into (nstart, nend, kind) pieces.

    Conservative rules: a proclitic is peeled only when a stem of at least
    two letters remains, and ب/ك/ل only before ال or a known-long stem, so
    "بغداد" stays whole while "بالموصل" becomes ب + ال + موصل.
    """
    if not norm or not norm[0].isalpha() or len(norm) < 3:
        return [(0, len(norm), "stem")]
    pieces: list[tuple[int, int, str]] = []
    i = 0
    # conjunction و/ف, then preposition ب/ك/ل or future س, then article ال
    if norm[i] in "وف" and len(norm) - i - 1 >= 3:
        pieces.append((i, i + 1, "proclitic"))
        i += 1
    if i < len(norm) and norm[i] in "بكل" and norm[i + 1:i + 3] == "ال" and len(norm) - i - 3 >= _MIN_STEM:
        pieces.append((i, i + 1, "proclitic"))
        i += 1
    elif i < len(norm) and norm[i] == "ل" and norm[i + 1:i + 2] == "ل" and len(norm) - i - 2 >= _MIN_STEM:
        # لل = ل + ال contracted: the name starts at the second ل (SPEC 2.1)
        pieces.append((i, i + 1, "proclitic"))
        i += 1
        pieces.append((i, len(norm), "stem"))
        return pieces
    if norm[i:i + 2] == "ال" and len(norm) - i - 2 >= _MIN_STEM:
        pieces.append((i, i + 2, "article"))
        i += 2
    stem_end = len(norm)
    if not any(k == "article" for _, _, k in pieces):
        for suf in SUFFIXES:
            if norm.endswith(suf) and stem_end - len(suf) - i >= 3:
                stem_end -= len(suf)
                break
    pieces.append((i, stem_end, "stem"))
    if stem_end < len(norm):
        pieces.append((stem_end, len(norm), "suffix"))
    return pieces


def _segments(tok_nstart: int, tok_norm: str, view: Normalized, text: str) -> tuple[Segment, ...]:
    out = []
    for s, e, kind in split_clitics(tok_norm):
        os_, oe = view.map.to_orig(tok_nstart + s, tok_nstart + e)
        out.append(Segment(os_, oe, text[os_:oe], tok_norm[s:e], kind))
    return tuple(out)


def tokenize(text: str, *, view: Normalized | None = None, clitics: bool = True) -> list[Token]:
    """Tokens of `text` (original offsets), with clitic segments when `clitics`."""
    view = view or normalize(text)
    norm = view.text
    tokens = []
    to_orig = view.map.to_orig
    for m in _TOKEN.finditer(norm):
        ns, ne = m.span()
        os_, oe = to_orig(ns, ne)
        tnorm = m.group()
        segs = _segments(ns, tnorm, view, text) if clitics and tnorm[0].isalpha() else ()
        tokens.append(Token(os_, oe, text[os_:oe], tnorm, segs))
    return tokens
