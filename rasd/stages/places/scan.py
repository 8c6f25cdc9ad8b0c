"""Per-document tables for the text scans of add.py, built once per article and kept on its
TextContext: the gaps between words, each word's compact key, and the well-known keys'
prefix set. Everything here is an exact shortcut for a plain computation (tests/places
check each against it); none of it decides anything.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain

from rasd.gazetteer.variants import KEY_TABLE, LATIN_MARKS, base_key, compact
from rasd.text.conj import without_conjunction

_BREAK = re.compile(r"[.,;:!?()\[\]\"«»\n،؛؟]")


@lru_cache(maxsize=100_000)
def key(text: str) -> str:
    """compact(base_key(text)), memoised: words and their proclitic readings repeat."""
    return compact(base_key(text))


# A proclitic reading's key is a slice of its word's key: base_key maps these letters to
# themselves, one character each, and every other character on its own (str.translate, then
# non-letters dropped), so dropping the letter drops the key's first character. Checked here
# rather than assumed, in case the folding tables ever change.
SLICEABLE = all(key(c) == c for c in "وفبلا")


def first_keys(word: str, word_key: str) -> tuple[str, ...]:
    """Keys of every way `add.name_readings` may read a window's first word (a superset: its
    length tests are on the whole window): as written, لل → ال, without و/ف, then ب/ل.
    `word_key` is base_key(word). (add.py keeps them among a word's flags.)"""
    if not SLICEABLE:
        return first_keys_plain(word)
    k = word_key.replace(" ", "")  # compact(base_key(word))
    forms = {k}
    if word.startswith("لل"):
        forms.add("ا" + k[1:])
    d = 1 if word[:1] in "وف" else 0
    forms.add(k[d:])
    if word[d:d + 1] in "بل":
        forms.add(k[d + 1:])
    return tuple(forms)


def first_keys_plain(word: str) -> tuple[str, ...]:
    """`first_keys` the long way: every reading keyed on its own."""
    forms = {word}
    if word.startswith("لل"):
        forms.add("ا" + word[1:])
    rest = without_conjunction(word, 0)
    forms.add(rest)
    if rest[:1] in "بل":
        forms.add(rest[1:])
    return tuple({key(f) for f in forms})


class WellKnown:
    """The well-known keys of a gazetteer and every prefix of them (a few 10k strings): a
    word no key starts with opens no window worth a lookup. One per key set."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.heads = {k[:j] for k in keys for j in range(1, len(k) + 1)}


_WELL_KNOWN: dict[int, WellKnown] = {}


def well_known(keys: set[str]) -> WellKnown:
    hit = _WELL_KNOWN.get(id(keys))
    if hit is None or hit.keys is not keys:
        hit = _WELL_KNOWN[id(keys)] = WellKnown(keys)
    return hit


_GAP_INFO: dict[str, tuple[bool, bool, str]] = {}


def _gap_info(gap: str) -> tuple[bool, bool, str]:
    """(punctuation in the gap: a window may not span it, the gap adds nothing to a key,
    the gap's compact key)."""
    hit = _GAP_INFO.get(gap)
    if hit is None:
        if len(_GAP_INFO) > 50_000:
            _GAP_INFO.clear()
        k = key(gap)
        hit = _GAP_INFO[gap] = (bool(_BREAK.search(gap)), gap == " " or not k, k)
    return hit


def gaps(text: str, tc) -> tuple[list, list, list, list]:
    """Per gap between word j and j+1: punctuation there as a flag and as prefix counts (a
    window's check is O(1), not a regex over its text); prefix counts of gaps that add nothing
    to a lookup key (then a window's key is its words' keys joined); and each word's compact
    key. Kept on `tc`: both scans of an article share them. Gaps repeat (" ", "، "), so each
    distinct one is looked at once."""
    hit = tc.__dict__.get("_gaps")
    if hit is None:
        known = _GAP_INFO.get
        info = [known(g) or _gap_info(g) for g in tc.gaps()]
        brk, cl, gk = (list(x) for x in zip(*info)) if info else ([], [], [])
        tc.__dict__["_gap_keys"] = gk
        keys = tc.keys
        # compact keys: a word's key seldom has a space (then the key is its compact key)
        ckeys = [k.replace(" ", "") for k in keys] if " " in "|".join(keys) else list(keys)
        n_brk, clean = list(accumulate(brk, initial=0)), list(accumulate(cl, initial=0))
        hit = tc.__dict__["_gaps"] = (brk, n_brk, clean, ckeys)
        # gaps that add to a key (a number: "عام 2020 في"), and the words a window from which
        # spans one of them (gap g lies between words g and g+1; a window has up to 4 words)
        odd = [] if all(cl) else [g for g, c in enumerate(cl) if not c]
        tc.__dict__["_near_odd"] = {i for g in odd for i in (g - 2, g - 1, g) if i >= 0}
    return hit


def near_odd_gaps(text: str, tc) -> set[int]:
    """Words i whose windows of up to 4 words span a gap that adds to the key: there a
    window's key is not its words' keys joined (the test `clean[last] - clean[i] != last - i`
    of add.py, with last = min(i + 3, last word), as a set)."""
    gaps(text, tc)
    return tc.__dict__["_near_odd"]


# Letters base_key turns into others only when the whole key has a Latin letter (ā → a): with
# one of them in a text (once folded), a key of a stretch of it may differ from its parts'
# keys joined.
_MARKED = re.compile("[" + "".join(chr(c) for c in LATIN_MARKS if c >= 128) + "]")


class WindowKeys:
    """The compact key of a window of words as its parts' keys joined: the first word's, then
    each gap's and word's (base_key maps character by character, then drops spaces). Only
    for a text without the letters of `_MARKED` (`of` gives None for one with them)."""

    def __init__(self, ckeys: list[str], gap_keys: list[str]) -> None:
        self.ckeys, self.gap_keys = ckeys, gap_keys

    @classmethod
    def of(cls, text: str, tc) -> "WindowKeys | None":
        hit = tc.__dict__.get("_window_keys", False)
        if hit is False:
            ckeys = gaps(text, tc)[3]
            marked = _MARKED.search(text.translate(KEY_TABLE))  # (the text folded as base_key folds it)
            hit = tc.__dict__["_window_keys"] = None if marked else cls(ckeys, tc.__dict__["_gap_keys"])
        return hit

    def tail(self, i: int, n: int) -> str:
        """The key of the window of words i … i+n-1 after word i (gaps included)."""
        return "".join(chain.from_iterable(zip(self.gap_keys[i:i + n - 1], self.ckeys[i + 1:i + n])))
