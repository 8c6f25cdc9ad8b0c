"""Unlisted place names right after a place word: "أحياء جوبر والقابون", "قضاء الخالدية",
"معسكر لبوزة", "جبهتي الجفينة وصرواح".

Quarters, camps and villages are rare in the training corpora and often in no gazetteer, so the
CRF leaves them out, while the word before them says what they are. A word there is a name only
when the tagger's label priors (prior.py, counted on unlabelled news) never saw it or saw it
mostly as a place: common words after these nouns ("منطقة مرتفعة", "مركز حيوي", "قضاء
الإجازة") are seen often and untagged. After a dual or plural word the list goes on over و
("حيي الميدان وسليمان" — each name tested alike). The place word stays outside (SPEC 2.7).
"""
from __future__ import annotations

import itertools
from itertools import compress

from typing import Callable

from rasd.lang.words import POSSESSIVE_SUFFIXES
from rasd.text.tokenize import Token

from .org_context import NAME_PREFIXES
from .norm import norm
from .textmemo import memo_map

# Place words whose next word is a place name (singular; with و/ف/ب/ل before them)
_SINGLE = frozenset(norm(w) for w in """حي حارة منطقة قضاء ناحية مديرية معسكر مخيم بلدة قرية شارع ساحة ميدان
دوار سهل جبهة""".split())
# Dual and plural place words: a list of names follows
_LIST = frozenset(norm(w) for w in """حيي أحياء منطقتي مناطق مديريتي مديريات بلدتي بلدات قريتي قرى مخيمي
جبهتي""".split())
# "لقضاء الإجازة", "بعد قضاء فترة": قضاء as "spending", not a district
_VERBAL_NOUN = frozenset({norm("قضاء")})
_ENDINGS = frozenset(w[-2:] for w in _SINGLE | _LIST)  # a cheap first test on every token
# the same test without folding ة: every ending that folds to one of _ENDINGS
_ENDINGS_AS_WRITTEN = frozenset("".join(p) for e in _ENDINGS
                                for p in itertools.product(*[("ه", "ة") if ch == "ه" else (ch,) for ch in e]))
_MAX_LIST = 5
_FRONTS = frozenset(norm(w) for w in ("جبهة", "جبهتي"))
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("\"«“'"), frozenset("\"»”'")
# the possessive endings, with the second person plural كم ("مدنكم") as well
_POSSESSIVE = POSSESSIVE_SUFFIXES + ("كم",)


def cued_names(tokens: list[Token], is_name: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(i, i + 1, "LOC") for each name word after a place word; `is_name(word)`: may the word
    be a place name (not a common word in the priors)? And (i, i + 2, "ORG") for a bare
    "جبهة" + a definite plural of people, a group named by its fighters."""
    out = []
    # (the place words first, in one pass of memoised tests: most words are none)
    cues = memo_map([tok.norm for tok in tokens[:-1]], _CUE_MEMO, _cue_of)
    for i in compress(range(len(cues)), cues):
        cue, plural = cues[i]
        j = i + 1
        if tokens[j].text in _OPEN_QUOTES and j + 2 < len(tokens) and tokens[j + 2].text in _CLOSE_QUOTES:
            j += 1  # 'ولاية "بدغيس"': one quoted word after the place word (2026-11-27)
        if cue in _FRONTS and _people(tokens[j].norm):
            # "جبهة الفدائيين": a front named by its fighters is a group, not a front line
            if tokens[i].norm.replace("ة", "ه") == cue and j == i + 1:
                out.append((i, j + 1, "ORG"))
            continue
        if _name_word(tokens[j]) and is_name(tokens[j].text):
            # a name's first word takes the next ("خان الأحمر", "دير الزغب")
            two = norm(tokens[j].text) in NAME_PREFIXES and j + 1 < len(tokens) and _name_word(tokens[j + 1])
            out.append((j, j + 2 if two else j + 1, "LOC"))
        if not plural:
            continue
        for _ in range(_MAX_LIST):  # "وجوبر", "والقابون"
            j += 1
            if j >= len(tokens) or not tokens[j].norm.startswith("و") or len(tokens[j].norm) < 4:
                break
            if not is_name(tokens[j].text[1:]):
                continue
            out.append((j, j + 1, "LOC"))
    return out


def _cue_of(word: str) -> tuple[str, bool] | tuple[()]:
    """(place word, plural?) that a token's `norm` is, behind و/ف/ب/ل; () for none (memoised
    per text in _CUE_MEMO by `cued_names`)."""
    if word[-2:] not in _ENDINGS_AS_WRITTEN:
        return ()  # (most tokens: no place word ends like this)
    cue, plural = _cue(word)
    return () if cue is None else (cue, plural)


_CUE_MEMO: dict[str, tuple] = {}


def _cue(word: str) -> tuple[str | None, bool]:
    if word[-2:].replace("ة", "ه") not in _ENDINGS:
        return None, False  # (most tokens: no place word ends like this)
    w = word.replace("ة", "ه")
    for n in (0, 1, 2):
        head, pre = w[n:], w[:n]
        if not all(c in "وفبل" for c in pre):
            break
        if head in _LIST:
            return head, True
        if head in _SINGLE and not ("ل" in pre and head in _VERBAL_NOUN):
            return head, False
    return None, False


def _people(word: str) -> bool:
    """A definite plural of people: "الفدائيين", "المجاهدون" (not "الجفينة", "العند")."""
    return word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) >= 7 and word.isalpha()


def _name_word(tok: Token) -> bool:
    """Letters only, and no possessive ending ("مناطق نزوحهم", "مناطق سكنها" are no names)."""
    w = tok.norm
    return len(w) >= 3 and w.isalpha() and not w.endswith(_POSSESSIVE)


# "خان بني سعد", "جبل السنارة وبني معاذ": a place named after a tribe (2026-11-27)
_TRIBE_WORDS = frozenset(norm(w) for w in "بني بنو".split())
_TRIBE_PLACE_WORDS = frozenset(norm(w) for w in "خان قرية جبل منطقة مديرية بلدة ناحية عزلة مدينة".split())
_KEPT_PLACE_WORDS = frozenset({norm("خان")})  # a name's first word ("خان الأحمر")


def tribal_places(tokens: list[Token], chunks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person chunk "بني X" (or X right after بني) is a place when a place word stands right
    before بني ("خان بني سعد", "قرية بني حشيش") or when "وبني" follows a place chunk
    ("جبل السنارة وبني معاذ"). Not after "قبيلة" or "أبناء" (a tribe, its people)."""
    out = []
    places_end = {b for _, b, lab in chunks if lab == "LOC"}
    for a, b, lab in chunks:
        t = a if lab == "PER" and _tribe_word(tokens[a]) else a - 1
        if lab != "PER" or t < 1 or b - t < 2 or not _tribe_word(tokens[t]):
            out.append((a, b, lab))
            continue
        before = _bare(tokens[t - 1])
        if before in _TRIBE_PLACE_WORDS:
            out.append((t - 1 if before in _KEPT_PLACE_WORDS else t, b, "LOC"))
        elif tokens[t].norm.startswith("و") and t in places_end:
            out.append((t, b, "LOC"))
        else:
            out.append((a, b, lab))
    return out


def _tribe_word(tok: Token) -> bool:
    w = norm(tok.text)
    return w in _TRIBE_WORDS or (w[:1] in "وفبل" and w[1:] in _TRIBE_WORDS)


def _bare(tok: Token) -> str:
    """The token's word without و/ف/ب/ل before it ("بخان" → خان)."""
    w = norm(tok.text)
    for n in (0, 1, 2):
        if w[n:] in _TRIBE_PLACE_WORDS and all(c in "وفبل" for c in w[:n]):
            return w[n:]
    return w
