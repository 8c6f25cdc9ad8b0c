"""OffsetMap: the one place where normalised offsets become original offsets.

Every normalised character remembers the half-open range of original characters
it came from. A character removed by normalisation (a diacritic, tatweel) is
folded into the range of the character before it, so a span that ends on a
letter also covers the marks written on that letter.
"""
from __future__ import annotations

from array import array


class OffsetMap:
    """Maps positions in a normalised string back to the original string."""

    __slots__ = ("starts", "ends", "orig_len")

    def __init__(self, starts: array, ends: array, orig_len: int) -> None:
        self.starts = starts
        self.ends = ends
        self.orig_len = orig_len

    def __len__(self) -> int:
        return len(self.starts)

    def to_orig(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original (start, end) of the normalised half-open span [nstart, nend)."""
        n = len(self.starts)
        if not 0 <= nstart <= nend <= n:
            raise ValueError(f"span [{nstart}, {nend}) outside normalised text of length {n}")
        if nstart == nend:
            pos = self.starts[nstart] if nstart < n else self.orig_len
            return pos, pos
        return self.starts[nstart], self.ends[nend - 1]

    def orig_start(self, npos: int) -> int:
        return self.starts[npos] if npos < len(self.starts) else self.orig_len

    def orig_end(self, npos_end: int) -> int:
        return self.ends[npos_end - 1] if npos_end > 0 else 0

    def to_norm(self, ostart: int, oend: int) -> tuple[int, int]:
        """Smallest normalised span covering the original span [ostart, oend)."""
        from bisect import bisect_left, bisect_right

        s = bisect_right(self.ends, ostart)
        e = bisect_left(self.starts, oend)
        return s, max(s, e)
