"""Where the tagger runs and what it returns: the document's sentences as token ranges, and
BIO tags back into (first token, end token, label) chunks."""
from __future__ import annotations

from rasd.model.document import Document


def sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """[first, end) token ranges of the document's sentences; tokens outside every sentence
    span are tagged as further stretches."""
    toks = doc.tokens
    bounds = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    for s_start, s_end in bounds:
        while i < n and toks[i].end <= s_start:
            i += 1
        j = i
        while j < n and toks[j].start < s_end:
            j += 1
        if j > i:
            ranges.append((i, j))
        i = j
    covered = sum(b - a for a, b in ranges)
    if covered < n:
        ranges = [(0, n)] if not ranges else ranges + _gaps(ranges, n)
    return ranges


def bio_chunks(ranges: list[tuple[int, int]], tag_lists: list[list[str]]) -> list[tuple[int, int, str]]:
    """BIO tags per range → (first token, end token, label) chunks over the document."""
    out: list[tuple[int, int, str]] = []
    for (i, _), tags in zip(ranges, tag_lists):
        start, lab = None, None
        for k, t in enumerate(tags + ["O"]):
            if t == "O" or t.startswith("B-") or t[2:] != lab:
                if lab is not None:
                    out.append((i + start, i + k, lab))
                start, lab = (k, t[2:]) if t != "O" else (None, None)
    return out


def _gaps(ranges: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out = []
    prev = 0
    for a, b in sorted(ranges):
        if a > prev:
            out.append((prev, a))
        prev = max(prev, b)
    if prev < n:
        out.append((prev, n))
    return out
