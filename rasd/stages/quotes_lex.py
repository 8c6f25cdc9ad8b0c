"""Lexicons of the quotes stage: reporting verbs, function words, attributive phrases.

All three live in rasd/lang/ar/quotes_*.tsv and are keyed through norm_key, so
"مؤكداً" / "مؤكدًا" / "مؤكدا" are one entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.lang.lexicon import load_table, packaged_text
from rasd.text.normalize import norm_key

# the heads of an according-to phrase ("بحسب المصادر", "وفق قوله"), normalised
ACCORDING = frozenset({"بحسب", "حسب", "وفق", "وفقا"})
# the particles that negate the verb after them, with و/ف (normalised)
NEGATORS = frozenset({"لم", "لن", "ولم", "ولن", "فلم", "فلن"})

# verbs of renewing or repeating whose object "القول" reports speech (normalised)
RENEWING = frozenset({"جدد", "جددت", "يجدد", "تجدد", "كرر", "كررت", "يكرر", "تكرر", "اعاد", "اعادت",
                      "يعيد", "تعيد"})
# "as being" right after وصف: what it is described as ("وصفه بأنه", "وصفت بأنها") (normalised)
AS_BEING = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بانهن"})

PUNCT_STOP = frozenset({",", ";", ".", "!", "?", ":", "(", ")", "-", "—", "–", "/", '"'})


@dataclass(frozen=True)
class Cue:
    """A reporting-verb form: lemma, whether it marks a mere claim, and its kind.

    kind: v finite verb, p participle, x passive, n hedging noun, j "جاء في".
    """

    form: str
    lemma: str
    hedged: bool
    kind: str


@lru_cache(maxsize=1)
def verbs() -> dict[str, Cue]:
    table = load_table("quotes_verbs.tsv")
    out = {}
    for form, cols in table.items():
        lemma = cols[0] if cols else form
        hedged = len(cols) > 1 and cols[1].strip() == "1"
        kind = cols[2].strip() if len(cols) > 2 else "v"
        out[form] = Cue(form, norm_key(lemma), hedged, kind)
    return out


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """category → set of normalised words (quotes_words.tsv)."""
    # a word may sit in several categories (one line each), so read the raw lines
    cats: dict[str, set[str]] = {}
    for line in packaged_text("quotes_words.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 1:
            cats.setdefault(cols[1].strip(), set()).add(norm_key(cols[0]))
    return {k: frozenset(v) for k, v in cats.items()}


def is_word(norm: str, category: str) -> bool:
    return norm in words().get(category, _NO_WORDS)


_NO_WORDS: frozenset[str] = frozenset()


def word_is(norm: str, category: str) -> bool:
    """is_word on the word as written or without a leading و/ف ("وزير" stays وزير, "والوزير" → الوزير)."""
    return is_word(norm, category) or is_word(strip_conj(norm), category)


def but_clause(norm: str) -> bool:
    """"ولكنهم قالوا إنهم …", "لكنني أرى أن": لكن with any pronoun opens a new clause (the
    clause list has only لكن/لكنه/لكنها, and widening it there moves speakers elsewhere:
    "ويأمل آخرون أن …، لكنهم يقولون" must keep آخرون)."""
    return norm.startswith(("لكن", "ولكن", "فلكن"))


@lru_cache(maxsize=1)
def phrases() -> dict[str, str]:
    """Attributive phrase (normalised, space-joined) → 'src' | 'cue'."""
    return {k: (v[0].strip() if v else "src") for k, v in load_table("quotes_phrases.tsv").items()}


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases())


def phrase_heads() -> frozenset[str]:
    """First words of the attributive phrases."""
    return _phrase_heads()


@lru_cache(maxsize=1 << 16)
def cue_of(norm: str) -> Cue | None:
    """The reporting-verb entry of a token's normalised form, peeling one و/ف (or the لـ of
    purpose before an imperfect).

    Cached: the quotes stage asks this of the same few thousand word forms again and
    again, and the answer depends only on the packaged lexicon."""
    table = verbs()
    if norm in table:
        return table[norm]
    if len(norm) > 3 and norm[0] in "وف" and norm[1:] in table:
        return table[norm[1:]]
    if len(norm) > 4 and norm[0] == "ل" and norm[1] in "يت" and norm[1:] in table and table[norm[1:]].kind == "v":
        return table[norm[1:]]  # "وعاد ليؤكد أنه": لـ + an imperfect reporting verb
    return None


@lru_cache(maxsize=1 << 16)
def strip_conj(norm: str) -> str:
    """The word without a leading و/ف conjunction: only before ال or a known word, so
    "وزارة" and "فرنسا" stay whole while "والوزارة" and "وقال" lose it."""
    if len(norm) > 3 and norm[0] in "وف":
        rest = norm[1:]
        if rest.startswith("ال") or rest in verbs() or rest in _phrase_heads() \
                or any(rest in ws for ws in words().values()):
            return rest
    return norm
