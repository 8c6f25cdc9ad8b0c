"""Lookup keys for place names: one canonical form for the many spellings of a toponym.

A gazetteer name is indexed under several keys (`index_keys`); a mention is looked up
under its `query_keys` in order. Both sides go through `base_key`, so spelling noise
(hamza seats, ة/ه, ى/ي, tashkeel, Persian letters, hyphens) never blocks a match, and
`compact` removes spaces so joined and split spellings meet (البو كمال / البوكمال).
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.text.normalize import normalize_text

# Hamza seats and Persian/Urdu letters that Arabic spellings of the same place swap.
EXTRA_FOLDS = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None, "پ": "ب", "چ": "ج", "ژ": "ز",
                             "گ": "ك", "ڤ": "ف", "ڭ": "ك", "ے": "ي", "ہ": "ه", "ھ": "ه"})
NON_LETTER = re.compile(r"[^\w]+|_")
LOWER_LATIN = re.compile("[a-z]")  # ("a" <= c <= "z" for some c, in C: most names are Arabic)
LATIN_MARKS = str.maketrans("āīūēōḩḥṣṭẓḑʿʾ`'’‘", "aiueohhstzd      ")


class _KeyTable(dict):
    """str.translate table: code point → norm_key's fold (fold_taa) then EXTRA_FOLDS, filled on
    first use. One translate instead of norm_key's translate, split and join and a second
    translate: base_key's spaces are collapsed at its end anyway, and the ASCII test below
    only ever gates marks that are not ASCII (tests/places/test_scan.py checks the two)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = normalize_text(chr(code), fold_taa=True).translate(EXTRA_FOLDS)
        return out


KEY_TABLE = _KeyTable()


@lru_cache(maxsize=200_000)
def base_key(name: str) -> str:
    """Folded words of `name`, single-spaced: ال kept, letters unified, punctuation gone."""
    s = name.translate(KEY_TABLE)
    if not s.isascii() and LOWER_LATIN.search(s):
        s = s.translate(LATIN_MARKS)
    return " ".join(NON_LETTER.sub(" ", s).split())


def strip_al(words: str) -> str:
    """Drop the article from every word that carries it ("دير الزور" → "دير زور")."""
    out = []
    for w in words.split():
        out.append(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return " ".join(out)


def _abu(words: str) -> str:
    # أبو كمال / البو كمال / بو كمال are one name in three spellings.
    out = []
    for w in words.split():
        if w in ("ابو", "البو", "بو"):
            out.append("بو")
        elif w.startswith("ابو") and len(w) > 5:
            out.append("بو" + w[3:])
        elif w.startswith("البو") and len(w) > 6:
            out.append("بو" + w[4:])
        else:
            out.append(w)
    return " ".join(out)


def compact(words: str) -> str:
    return words.replace(" ", "")


# First words of compound names that some writers join to the next word: ديرالزور, عينالعرب.
_JOINED_HEADS = ("دير", "عين", "تل", "كفر", "بيت", "جسر", "راس", "ابو", "ام", "بني", "خان", "باب", "جبل",
                 "وادي", "سيدي", "مرج", "دار", "قصر", "بير", "عبد", "شيخ")


def _split_joined(words: str) -> str:
    out = []
    for w in words.split():
        for head in _JOINED_HEADS:
            if w.startswith(head + "ال") and len(w) > len(head) + 4:
                w = head + " ال" + w[len(head) + 2:]
                break
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=200_000)
def canonical(name: str) -> str:
    """The one key both index and query agree on: no ال, أبو unified, joined compounds split,
    no spaces."""
    return compact(_abu(strip_al(_split_joined(base_key(name)))))


def _ending_variants(key: str) -> set[str]:
    # سوريا / سورية, تركيا / تركية: final -يا and -ية spell the same name.
    out = {key}
    if key.endswith("يا"):
        out.add(key[:-1] + "ه")
    elif key.endswith("يه"):
        out.add(key[:-1] + "ا")
    return out


# Descriptor words a gazetteer name may start with ("ناحية العلم", "مخيم الزعتري"): the
# name is also stored without them, since SPEC §2.7 mentions leave descriptors outside.
DESCRIPTORS = {"ناحيه", "قضاء", "قضا", "مدينه", "محافظه", "منطقه", "بلده", "قريه", "مديريه", "مخيم", "مركز"}


def _forms(name: str) -> list[str]:
    b = base_key(name)
    if not b:
        return []
    forms = [b]
    words = b.split()
    if len(words) >= 2 and words[0] in DESCRIPTORS:
        forms.append(" ".join(words[1:]))
    return forms


def literal_keys(name: str) -> set[str]:
    """Keys that spell the name as written (ال kept): what a text scan may match on its own."""
    keys = set()
    for f in _forms(name):
        keys |= _ending_variants(compact(f))
    return {k for k in keys if len(k) >= 2}


def index_keys(name: str) -> set[str]:
    """Every key a gazetteer name is stored under: its literal keys and the canonical ones."""
    keys = set()
    for f in _forms(name):
        for k in (compact(f), canonical(f)):
            keys |= _ending_variants(k)
    return {k for k in keys if len(k) >= 2}


@lru_cache(maxsize=100_000)
def _query_keys(mention: str) -> tuple[str, ...]:
    b = base_key(mention)
    if not b:
        return ()
    out: list[str] = []
    for k in (compact(b), canonical(mention)):
        if k and k not in out:
            out.append(k)
    return tuple(out)


def query_keys(mention: str) -> list[str]:
    """Keys to try for a mention, most literal first: as written, then canonical."""
    return list(_query_keys(mention))


PROCLITIC_LETTERS = "وفبلك"


def clitic_variants(mention: str) -> list[tuple[int, str]]:
    """(chars dropped, rest) for a mention that may still carry a proclitic (وبغداد → بغداد).
    A mention that starts at the second ل of a contracted لل (SPEC 2.1: "لمسجد الأقصى" in
    "للمسجد الأقصى") is first read with its article restored: (0, "المسجد الأقصى")."""
    out = []
    if len(mention) > 3 and mention[0] == "ل" and mention[1] not in "ال":
        out.append((0, "ا" + mention))
    s = mention
    dropped = 0
    for _ in range(2):
        if len(s) > 3 and s[0] in PROCLITIC_LETTERS:
            dropped += 1
            s = s[1:]
            if s.startswith("ل") and mention[dropped - 1] == "ل":  # للعراق → العراق
                out.append((dropped, "ا" + s))
            out.append((dropped, s))
        else:
            break
    return out
