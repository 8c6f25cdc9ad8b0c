"""Tokens and clitic-aware segments, with offsets into the ORIGINAL text.

Tokenisation runs on the normalised view (so diacritics and tatweel never
split a word) and maps every token back through the OffsetMap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.text.cliticlex import FUNCTION_STEMS, PARTICLES, PREP_STEMS, VERBS, WHOLE
from rasd.text.normalize import Normalized, normalize

# A number keeps its decimal point or thousands separator ("3.5", "1,200");
# a word is a run of letters/marks; anything else is a one-character token.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*"
                    # spelt letters joined by dots are one word: "تي.إف 1" (TF1), not a sentence end
                    r"|[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+(?![^\W\d_])(?<![a-zA-Z])"
                    r"|[^\W\d_]+(?:[\u0640][^\W\d_]*)*|\S", re.UNICODE)

PROCLITICS = "وفبلكس"
# Pronoun suffixes peeled off ordinary words. The second person (ك كم كما كن) is rare in news
# and mostly false (مارك, أماكن), so it comes off particles only ("إنك", "لكم").
SUFFIXES = ("هما", "هم", "هن", "نا", "ها", "ه")
PARTICLE_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك")
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


_new = object.__new__


def _make_segment(start: int, end: int, text: str, norm: str, kind: str) -> Segment:
    """Segment(...) without the frozen-dataclass __init__ (one object.__setattr__ per field):
    tokenisation builds millions of these, and this is several times faster. Same object."""
    seg = _new(Segment)
    d = seg.__dict__
    d["start"], d["end"], d["text"], d["norm"], d["kind"] = start, end, text, norm, kind
    return seg


def _make_token(start: int, end: int, text: str, norm: str, segments: tuple) -> Token:
    tok = _new(Token)
    d = tok.__dict__
    d["start"], d["end"], d["text"], d["norm"], d["segments"] = start, end, text, norm, segments
    return tok


def split_clitics(norm: str) -> list[tuple[int, int, str]]:
    """Split a normalised word into (nstart, nend, kind) pieces.

    Conservative rules: و/ف is peeled when a stem of three letters or a known
    function word remains; ب/ك/ل before ال, or ب/ل before a known function
    word or pronoun ("بذلك", "لها"), so names like "بغداد" and "لبنان" stay
    whole while "بالموصل" becomes ب + ال + موصل. لل is ل + the name from its
    second ل (SPEC 2.1). Pronoun suffixes come off particles of any length
    ("أنه" → أن + ه) and off other words when three letters remain.
    """
    return list(_split(norm))


@lru_cache(maxsize=200_000)
def _split(norm: str) -> tuple[tuple[int, int, str], ...]:
    n = len(norm)
    if n < 2 or not norm[0].isalpha() or norm in WHOLE or norm in FUNCTION_STEMS:
        return ((0, n, "stem"),)
    particle = particle_suffix(norm)
    if particle:
        return ((0, particle, "stem"), (particle, n, "suffix"))
    pieces: list[tuple[int, int, str]] = []
    i = 0
    if norm[0] in "وف" and _conj_rest_ok(norm[1:]):
        pieces.append((0, 1, "proclitic"))
        i = 1
    rest = norm[i:]
    if i and (rest in WHOLE or rest in FUNCTION_STEMS):
        return (*pieces, (i, n, "stem"))
    if i and particle_suffix(rest):
        p = i + particle_suffix(rest)
        return (*pieces, (i, p, "stem"), (p, n, "suffix"))
    c = rest[:1]
    if c in ("ب", "ك", "ل") and rest[1:3] == "ال" and len(rest) - 3 >= _MIN_STEM:
        pieces.append((i, i + 1, "proclitic"))
        i += 1
    elif c == "ل" and rest[1:2] == "ل" and len(rest) - 2 >= _MIN_STEM:
        # لل = ل + ال contracted: the name starts at the second ل (SPEC 2.1)
        return (*pieces, (i, i + 1, "proclitic"), (i + 1, n, "stem"))
    elif c in ("ب", "ل") and len(rest) > 1 and (rest[1:] in PREP_STEMS or particle_suffix(rest[1:])):
        pieces.append((i, i + 1, "proclitic"))
        i += 1
        p = particle_suffix(rest[1:])
        if p:
            return (*pieces, (i, i + p, "stem"), (i + p, n, "suffix"))
        return (*pieces, (i, n, "stem"))
    elif c == "س" and rest[1:] in VERBS:  # future: ستكون → س + تكون
        return (*pieces, (i, i + 1, "proclitic"), (i + 1, n, "stem"))
    if norm.startswith("ال", i) and n - i - 2 >= _MIN_STEM:
        pieces.append((i, i + 2, "article"))
        i += 2
    stem_end = n
    if not pieces or pieces[-1][2] != "article":
        for suf in SUFFIXES:
            if norm.endswith(suf) and stem_end - len(suf) - i >= 3:
                stem_end -= len(suf)
                break
    pieces.append((i, stem_end, "stem"))
    if stem_end < n:
        pieces.append((stem_end, n, "suffix"))
    return tuple(pieces)


def _conj_rest_ok(rest: str) -> bool:
    return len(rest) >= 3 or rest in FUNCTION_STEMS or rest in PREP_STEMS or bool(particle_suffix(rest))


def _particle_table() -> dict[str, int]:
    """Every particle + pronoun suffix word → the particle's length. Built once, so a
    look-up is one dict access (it was a loop over the suffixes, on nearly every new word).
    The first suffix in PARTICLE_SUFFIXES order that fits wins, as in that loop."""
    table: dict[str, int] = {}
    for suf in PARTICLE_SUFFIXES:
        for particle in PARTICLES:
            if particle:
                table.setdefault(particle + suf, len(particle))
    return table


_PARTICLE_TABLE = _particle_table()


def particle_suffix(word: str) -> int:
    """Length of the particle when `word` is particle + pronoun suffix ("أنه", "فيها"), else 0."""
    return _PARTICLE_TABLE.get(word, 0)


def tokenize(text: str, *, view: Normalized | None = None, clitics: bool = True) -> list[Token]:
    """Tokens of `text` (original offsets), with clitic segments when `clitics`.

    One original character can expand into several normalised ones ("…" → "...",
    "ﷲ" → "الله"); tokens that would share such a character are merged, so tokens
    never overlap in the original text.
    """
    view = view or normalize(text)
    norm = view.text
    starts, ends = view.map.starts, view.map.ends
    tokens: list[Token] = []
    append = tokens.append
    split, segments, make_seg, make_tok = _split, _segments, _make_segment, _make_token
    last_ns = 0
    last_end = -1  # original end of the latest token (tokens[-1].end), kept in a local
    for m in _TOKEN.finditer(norm):
        ns, ne = m.span()
        os_, oe = starts[ns], ends[ne - 1]
        if os_ < last_end:
            prev = tokens[-1]
            oe = max(oe, last_end)
            tnorm = norm[last_ns:ne]
            word = text[prev.start:oe]
            segs = (make_seg(prev.start, oe, word, tnorm, "stem"),) if clitics else ()
            tokens[-1] = make_tok(prev.start, oe, word, tnorm, segs)
            last_end = oe
            continue
        last_ns = ns
        last_end = oe
        tnorm = m.group()
        word = text[os_:oe]
        segs: tuple[Segment, ...] = ()
        if clitics and tnorm[0].isalpha():
            pieces = split(tnorm)
            if len(pieces) > 1:
                segs = segments(text, tnorm, pieces, ns, starts, ends)
            if not segs:
                segs = (make_seg(os_, oe, word, tnorm, "stem"),)
        append(make_tok(os_, oe, word, tnorm, segs))
    return tokens


def _segments(text: str, tnorm: str, pieces, ns: int, starts, ends) -> tuple[Segment, ...]:
    """Segments in original offsets; () when a split falls inside one original character."""
    out = []
    prev_end = -1
    new = _new
    for s, e, kind in pieces:
        os_, oe = starts[ns + s], ends[ns + e - 1]
        if os_ < prev_end or os_ >= oe:
            return ()
        seg = new(Segment)  # as _make_segment, inlined: this loop runs for most words
        d = seg.__dict__
        d["start"], d["end"], d["text"], d["norm"], d["kind"] = os_, oe, text[os_:oe], tnorm[s:e], kind
        out.append(seg)
        prev_end = oe
    return tuple(out)
