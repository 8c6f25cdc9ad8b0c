"""Hand-written place lexicons: cue words, region phrases, nationality adjectives."""
from __future__ import annotations

from functools import lru_cache

from rasd.gazetteer.variants import base_key
from rasd.lang.lexicon import packaged_text

# A compass direction, also an intermediate one ("جنوبي غرب", "شمال شرق"), in patterns that
# add what may stand around it (أقصى, وسط, a pronoun)
COMPASS = r"(?:(?:شمال|جنوب)ي?\s+(?:شرق|غرب)|شمال|جنوب|شرق|غرب)"

PROCLITICS = "وفبلك"


def _table(name: str) -> list[list[str]]:
    out = []
    for line in packaged_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.rstrip("\n").split("\t"))
    return out


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """base_key(word) → kind."""
    return {base_key(row[0]): row[1] for row in _table("places_cues.tsv")}


@lru_cache(maxsize=1)
def plural_cues() -> frozenset[str]:
    """Dual and plural cue words (third column `list` of places_cues.tsv): every name of the
    list after them has their kind."""
    return frozenset(base_key(row[0]) for row in _table("places_cues.tsv") if row[2:3] == ["list"])


@lru_cache(maxsize=1)
def region_phrases() -> dict[str, tuple[str, str]]:
    """base_key(phrase) → (name inside, ISO2)."""
    return {base_key(p): (inner, where) for p, inner, where in _table("places_regions.tsv")}


@lru_cache(maxsize=1)
def word_lists() -> dict[str, tuple[str, ...]]:
    """kind → words as written, in file order (places_words.tsv)."""
    out: dict[str, list[str]] = {}
    for w, kind in _table("places_words.tsv"):
        out.setdefault(kind, []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def macro_regions() -> frozenset[str]:
    """base_key of names of regions that span countries (آسيا, الشرق الأوسط, الخليج …)."""
    return frozenset(base_key(w) for w in word_lists().get("macro_region", ()))


@lru_cache(maxsize=1)
def macro_starts() -> frozenset[str]:
    """The word-prefixes of the macro-region keys, shorter than the key ("" included): only a
    name among them can make one with the word after it ("أميركا" + "الجنوبية")."""
    return frozenset(" ".join(k.split()[:n]) for k in macro_regions() for n in range(len(k.split())))


@lru_cache(maxsize=1)
def nisba() -> dict[str, str]:
    return {base_key(w): iso for w, iso in _table("places_nisba.tsv")}


DIRECTION_ADJ = {base_key(w) for w in ("الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية",
                                       "الشرقية", "الغربية", "الأوسط", "الشمالي الغربي", "الشمالي الشرقي",
                                       "الجنوبي الغربي", "الجنوبي الشرقي")}


# Answers per table (keyed by the table's id, the table kept alive beside them): the same
# few thousand words are asked about again and again, by every scan of every article. The
# tables are built once and never changed.
_MEMO: dict[int, tuple[object, dict[str, str | None]]] = {}


def strip_proclitic(word_key: str, table) -> str | None:
    """The table entry `word_key` is, possibly behind one or two proclitics (بمحافظة → محافظه)."""
    hit = _MEMO.get(id(table))
    if hit is None or hit[0] is not table:
        hit = _MEMO[id(table)] = (table, {})
    memo = hit[1]
    try:
        return memo[word_key]
    except KeyError:
        pass
    if len(memo) > 100_000:  # bounded: a long batch must not grow without limit
        memo.clear()
    out = memo[word_key] = strip_plain(word_key, table)
    return out


_TAILS: dict[int, tuple[object, tuple[str, ...]]] = {}


def may_strip(keys: list[str], table) -> list[int]:
    """Indices of the keys `strip_proclitic` may find in `table`: those that end with an
    entry, or with an entry's ال less its ا (للمدينة) — a test in C, so a scan of every word
    asks `strip_proclitic` about a few only."""
    hit = _TAILS.get(id(table))
    if hit is None or hit[0] is not table:
        tails = set(table) | {w[1:] for w in table if w.startswith("ال")}
        hit = _TAILS[id(table)] = (table, tuple(tails))
    tails = hit[1]
    return [k for k, w in enumerate(keys) if w.endswith(tails)]


def strip_plain(word_key: str, table) -> str | None:
    """`strip_proclitic` without its memo (for a caller that keeps its own)."""
    if word_key in table:
        return word_key
    w = word_key
    for _ in range(2):
        if len(w) > 3 and w[0] in PROCLITICS:
            w = w[1:]
            if w in table:
                return w
            if w.startswith("ل") and "ا" + w in table:  # للمدينة
                return "ا" + w
    return None
