"""Cheap exact tests for the text scans of add.py: is a span already taken, and how long
may a window of words get before it can no longer spell a well-known key."""
from __future__ import annotations

from typing import Callable


class Taken:
    """Spans already taken, with the overlap test `any(s < e2 and s2 < e for s2, e2 in spans)`
    answered from a mask of the text's characters (one search in C, not a scan of the spans);
    an empty or out-of-text span, asked or stored, goes through that scan as before."""

    def __init__(self, n: int, spans) -> None:
        self.mask = bytearray(n)
        self.spans: list[tuple[int, int]] = []
        self.odd: list[tuple[int, int]] = []
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        self.spans.append((s, e))
        if 0 <= s < e <= len(self.mask):
            self.mask[s:e] = b"\x01" * (e - s)
        else:
            self.odd.append((s, e))

    def overlaps(self, s: int, e: int) -> bool:
        if not 0 <= s < e <= len(self.mask):
            return any(s < e2 and s2 < e for s2, e2 in self.spans)
        return self.mask.find(1, s, e) >= 0 or any(s < e2 and s2 < e for s2, e2 in self.odd)


def reach(firsts: tuple[str, ...], ckeys: list[str], i: int, heads: set[str]) -> int:
    """The most words (up to 4) a window from word i may have while a reading of it, keyed
    as its words' keys joined, still starts a well-known key: a longer such window is none."""
    cur = [f for f in firsts if f in heads]
    n = 1 if cur else 0
    while cur and n < 4 and i + n < len(ckeys):
        nxt = ckeys[i + n]
        cur = [k for k in (c + nxt for c in cur) if k in heads]
        if cur:
            n += 1
    return n


_FLAGS: dict[tuple, tuple[set, dict]] = {}


def text_flags(text: str, tc, wk_heads: set[str],
               flags_of: Callable[[str, str, set[str]], tuple]) -> list[tuple]:
    """`flags_of(word as written, its key, wk_heads)` for every word of the text: kept per
    written word across texts (words repeat) and per text on `tc` (both scans of add.py ask)."""
    kept = tc.__dict__.get("_flags")
    if kept is not None and kept[0] is wk_heads and kept[1] is flags_of:
        return kept[2]
    hit = _FLAGS.get((id(wk_heads), flags_of))
    if hit is None or hit[0] is not wk_heads:
        hit = _FLAGS[(id(wk_heads), flags_of)] = (wk_heads, {})
    memo = hit[1]
    if len(memo) > 200_000:  # bounded: a long batch must not grow without limit
        memo.clear()
    out = list(map(memo.get, tc.surfaces))  # (in C: most words were seen before)
    j = -1
    for _ in range(out.count(None)):  # the words new to the memo, found in C too
        j = out.index(None, j + 1)
        surface = tc.surfaces[j]
        flags = memo.get(surface)  # (a word met twice in this text)
        if flags is None:
            flags = memo[surface] = flags_of(surface, tc.words[j][2], wk_heads)
        out[j] = flags
    tc.__dict__["_flags"] = (wk_heads, flags_of, out)
    return out
