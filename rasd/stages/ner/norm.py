"""Fast, self-contained Arabic normalisation used for NER features and lexicon keys.

Kept inside the NER package on purpose: the trained model's features depend on it,
so it must not change when the general text normaliser changes.  It follows the same
folding rules as ``rasd.text.normalize`` (tashkeel, tatweel, alef variants, ى→ي, ة→ه,
Arabic-Indic digits → ASCII).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TABLE: dict[int, int | None] = {}
for _c in range(0x064B, 0x0660):  # tashkeel
    _TABLE[_c] = None
_TABLE[0x0670] = None  # superscript alef
_TABLE[0x0640] = None  # tatweel
_TABLE[0x200E] = None  # LRM
_TABLE[0x200F] = None  # RLM
_TABLE[0x200C] = None
_TABLE[0x200D] = None
_TABLE[0xFEFF] = None
for _a in "أإآٱ":
    _TABLE[ord(_a)] = ord("ا")
_TABLE[ord("ى")] = ord("ي")
_TABLE[ord("ة")] = ord("ه")
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _TABLE[ord(_d)] = ord("0") + _i
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _TABLE[ord(_d)] = ord("0") + _i
_TABLE[ord("،")] = ord(",")
_TABLE[ord("؛")] = ord(";")
_TABLE[ord("؟")] = ord("?")
for _q in "«»“”„″":
    _TABLE[ord(_q)] = ord('"')
# Persian yeh and kaf, and the presentation forms some sites still emit ("ﺍﻟﺴﻴﺴﻲ"), as the
# general normaliser folds them; the corpora the model learnt from have none, so its features
# are unchanged
_TABLE[0x06CC] = ord("ي")
_TABLE[0x06A9] = ord("ك")
for _c in list(range(0xFB50, 0xFDFD)) + list(range(0xFE70, 0xFEFD)):
    _folded = unicodedata.normalize("NFKC", chr(_c))
    if _folded != chr(_c) and all("\u0621" <= ch <= "\u064a" or ch == " " for ch in _folded):
        _TABLE[_c] = _folded.translate(_TABLE) if len(_folded) > 1 else _TABLE.get(ord(_folded), ord(_folded))

_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    """Normalise one token/string (no whitespace collapsing)."""
    return s.translate(_TABLE)


@lru_cache(maxsize=1 << 16)  # a document's rules ask for the same tokens' keys many times over
def norm_key(s: str) -> str:
    """Normalise a lexicon entry: fold, lower-case latin, collapse whitespace."""
    return _WS.sub(" ", s.translate(_TABLE)).strip().lower()


PROCLITIC_CHARS = "وفبلكس"


def strip_proclitics(w: str) -> tuple[str, str]:
    """Split a *normalised* word into (proclitics, rest) — conservative heuristic.

    Handles و/ف + ب/ل/ك + ال, and لل (ل + ال contracted).  Returns the longest
    split that leaves at least 2 letters.
    """
    n = len(w)
    i = 0
    if i < n and w[i] in "وف" and n - i > 3:
        i += 1
    if i < n and w[i] in "بلك" and n - i > 3:
        # ب/ك/ل followed by ال, or لل contraction
        if w.startswith("ال", i + 1):
            return w[: i + 1], w[i + 1:]
        if w[i] == "ل" and w.startswith("ل", i + 1) and n - i > 3:
            return w[: i + 1], w[i + 1:]
        return w[: i + 1], w[i + 1:]
    return w[:i], w[i:]


def strip_article(w: str) -> str:
    if w.startswith("ال") and len(w) > 3:
        return w[2:]
    return w
