"""Character classes and folding tables for Arabic text."""
from __future__ import annotations

import unicodedata

from rasd.model.span import Span

TATWEEL = "\u0640"
# Harakat, Quranic marks, superscript alef: removed by normalisation.
TASHKEEL = "".join(chr(c) for c in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660))
                   + [0x0670] + list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E5))
                   + list(range(0x06E7, 0x06E9)) + list(range(0x06EA, 0x06EE)))
# Zero-width and bidirectional controls: removed, never attached to a letter.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"

ALEF_VARIANTS = "أإآٱٲٳ"
DIGITS_AR = "٠١٢٣٤٥٦٧٨٩"
DIGITS_FA = "۰۱۲۳۴۵۶۷۸۹"
QUOTES = "\"«»“”„‘’‚‹›＂'"
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"

# Single-character folds applied after NFKC.
_FOLD = {
    **{c: "ا" for c in ALEF_VARIANTS},
    "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه",
    **{d: str(i) for i, d in enumerate(DIGITS_AR)},
    **{d: str(i) for i, d in enumerate(DIGITS_FA)},
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    **{q: '"' for q in QUOTES},
}


def fold_char(ch: str, *, fold_taa: bool) -> str:
    """The normalised form of one character ('' when it disappears)."""
    if ch in TASHKEEL or ch == TATWEEL or ch in INVISIBLE:
        return ""
    if ord(ch) < 128:
        return '"' if ch == "'" else ch.lower()  # the ASCII apostrophe is a quote style too
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in TASHKEEL or c == TATWEEL or c in INVISIBLE:
            continue
        c = _FOLD.get(c, c)
        if fold_taa and c == "ة":
            c = "ه"
        if c.isupper():
            low = c.lower()
            c = low if len(low) == 1 else c
        elif unicodedata.category(c) == "Cc" and c not in "\n\t\r":
            c = " "
        out.append(c)
    if not out and ch.isspace():
        return " "
    return "".join(out)


def is_mark(ch: str) -> bool:
    """True for characters that sit on the previous letter (diacritics, tatweel)."""
    return ch in TASHKEEL or ch == TATWEEL or unicodedata.category(ch) == "Mn"


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or "\ufb50" <= ch <= "\ufefc"


# Opening and closing quotation marks that come in pairs ('"' closes itself).
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'))


def unclosed_quote(span: str) -> str | None:
    """The closing mark a span still waits for, when it opens a quotation it does not close
    ('حزب «الشعوب الديمقراطي' → '»'); None otherwise."""
    for o, c in QUOTE_PAIRS:
        if (span.count(o) > span.count(c)) if o != c else span.count(o) % 2 == 1:
            return c
    return None


def without_final_tatweel(text: str) -> str:
    """The text without the tatweels that stretch its last letter ("التيفورـ" → "التيفور"): a
    name written so is the same name, and its mention must not end in the stroke (audit U60).
    A tatweel inside a word stays (دمـشق: the span must still be the text it covers)."""
    return text.rstrip(TATWEEL)


def span_without_final_tatweel(span: Span) -> Span | None:
    """`span` ending before its final tatweels (the same span when it has none); None when
    nothing but tatweel is left. The NER stage and the places stage trim their spans with it."""
    kept = without_final_tatweel(span.text)
    if kept == span.text:
        return span
    return Span(span.start, span.start + len(kept), kept) if kept else None
