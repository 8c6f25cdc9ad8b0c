"""Sentence splitting for Arabic news, with original-text offsets."""
from __future__ import annotations

import re

from rasd.model.span import Span
from rasd.text.letters import LETTER_NAMES
from rasd.text.normalize import Normalized, normalize

# Abbreviations that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset({"د", "م", "ص", "ق", "ه", "ج", "أ", "ا", "س", "mr", "dr", "st", "no", "vs", "etc", "u.s", "i.e", "e.g"})

# End punctuation (after normalisation ؟ is ?), optionally followed by closing quotes/brackets.
_END = re.compile(r'(?:[.!?]+|\.\.\.|…)(?:["\)\]]+)?(?=\s|$)|(?<=["\)\]])\.(?=\s|$)|\n\s*'
                  # a full stop glued to the next sentence ("كيلومتر.وقال"), not a domain ("العربية.نت")
                  r'|(?<=[\u0621-\u064a]{3})\.(?=[\u0621-\u064a]{2})(?!(?:نت|كوم|اورغ|نيوز)(?![\u0621-\u064a]))')


# Latin letters spelt in Arabic (text.letters), as normalise writes them: "إف. بي. آي" (FBI), "سي. إن. إن" (CNN).
# A full stop between two of them abbreviates; it ends no sentence (the NER and the events
# stages lost "مكتب التحقيقات الفدرالي (إف. بي. آي)" cut in three).
_LETTER_NAMES = frozenset(normalize(w).text for w in LETTER_NAMES)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _is_abbreviation(norm: str, dot: int) -> bool:
    j = dot
    while j > 0 and (norm[j - 1].isalpha() or norm[j - 1] == "."):
        j -= 1
    word = norm[j:dot].lower()
    if dot + 1 < len(norm) and norm[dot + 1].isalpha() and _spelt_initials(word, norm, dot):
        return True
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    if word in _LETTER_NAMES:  # ("… سي." at a sentence's end: the next word is no letter)
        nxt = _NEXT_WORD.match(norm, dot + 1)
        return nxt is not None and nxt.group(1) in _LETTER_NAMES
    return False


_GLUED_NEXT = re.compile(r"[^\W\d_]+")


def _spelt_initials(word: str, norm: str, dot: int) -> bool:
    """"لسي.إن.إن" (to CNN): letter names glued by full stops, a ل/ب/و/ف before the first, are
    one acronym, not a sentence end (audit U56: the quote after "وقال بومبيو لسي.إن.إن" was lost)."""
    parts = word.split(".")
    if parts and parts[0][:1] in "لبوف" and parts[0][1:] in _LETTER_NAMES:
        parts[0] = parts[0][1:]
    nxt = _GLUED_NEXT.match(norm, dot + 1)
    return (nxt is not None and nxt.group() in _LETTER_NAMES
            and all(p in _LETTER_NAMES for p in parts))


def split_sentences(text: str, *, view: Normalized | None = None) -> list[Span]:
    """Sentences as spans of `text`; newlines always end a sentence."""
    view = view or normalize(text)
    norm = view.text
    bounds: list[int] = []
    for m in _END.finditer(norm):
        if m.group().startswith(".") and m.group() == "." and _is_abbreviation(norm, m.start()):
            continue
        bounds.append(m.end())
    bounds.append(len(norm))
    spans = []
    prev = 0
    for b in bounds:
        s, e = prev, b
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if e > s:
            os_, oe = view.map.to_orig(s, e)
            spans.append(Span(os_, oe, text[os_:oe]))
        prev = b
    return spans
