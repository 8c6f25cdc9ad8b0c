"""Pairing quotation marks on the ORIGINAL text.

doc.norm folds every quote character to '"', which loses which mark opens and
which closes; here we read doc.text. Guillemets and curly quotes have distinct
openers and closers; the symmetric '"' and "'" are classified by what is
around them (a mark after a space and before a letter opens; after a letter or
punctuation and before a space closes), so a stray closing mark does not pair
with the next quote's opener. Pairing never crosses a paragraph (newline).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“", "‚": "‘"}
CLOSERS = {"»": "«", "”": "“", "›": "‹"}
SYMMETRIC = frozenset({'"', "＂", "'", "‘", "’"})
ALL_MARKS = frozenset(OPEN_CLOSE) | frozenset(CLOSERS) | SYMMETRIC
_MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")


@dataclass(frozen=True)
class Quotation:
    """A quoted stretch: marks at `open` and `close` (close = -1 when never closed)."""

    open: int
    close: int
    inner_start: int
    inner_end: int

    @property
    def closed(self) -> bool:
        return self.close >= 0


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for a symmetric mark at i."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev_word = prev.isalnum() or prev in ".,،؛;:!?؟)»”…"
    next_word = nxt.isalnum() or nxt in "(«“"
    if ch_is_apostrophe(text, i, prev, nxt):
        return "none"
    if next_word and not prev_word:
        return "open"
    if text[i] in SYMMETRIC and prev == ":" and nxt == " " and i + 2 < len(text) and text[i + 2].isalnum():
        return "open"  # 'عمدة كيمنتس:" إنهم …': the speech opens after the colon
    if prev_word and not next_word:
        return "close"
    return "either"


def ch_is_apostrophe(text: str, i: int, prev: str, nxt: str) -> bool:
    # "don't", "Qur'an": a single quote between two Latin letters is not a quotation mark
    return text[i] in "'’" and prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha()


def _paragraphs(text: str):
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end
        start = end + 1


def pair_marks(text: str) -> tuple[list[Quotation], list[int]]:
    """Quotations (outermost only, sorted) and the offsets of unpaired closing marks."""
    quotes: list[Quotation] = []
    stray: list[int] = []
    if _MARK_RE.search(text) is None:  # no mark anywhere: nothing to pair
        return quotes, stray
    for p_start, p_end in _paragraphs(text):
        stack: list[tuple[str, int]] = []   # (expected closer or symmetric char, offset)
        pairs: list[tuple[int, int]] = []
        for found in _MARK_RE.finditer(text, p_start, p_end):  # marks only, not every char
            i, ch = found.start(), found.group()
            if ch in OPEN_CLOSE and not (ch == "“" and any(c == "“" for c, _ in stack)):
                stack.append((OPEN_CLOSE[ch], i))
                continue
            role = _role(text, i)
            if role == "none":
                continue
            idx = next((k for k in range(len(stack) - 1, -1, -1)
                        if stack[k][0] == ch or (ch in SYMMETRIC and stack[k][0] in SYMMETRIC)), -1)
            if ch in CLOSERS or ch == "“":
                if idx >= 0:
                    pairs.append((stack[idx][1], i))
                    del stack[idx:]
                elif role == "open" and ch in CLOSERS:
                    # right-to-left typing often swaps the curly pair: ”…“ and »…«
                    stack.append((CLOSERS[ch], i))
                else:
                    stray.append(i)
            elif role in ("close", "either") and idx >= 0:
                pairs.append((stack[idx][1], i))
                del stack[idx:]
            elif role in ("open", "either"):
                stack.append((ch, i))
            else:
                stray.append(i)
        # openers never closed in their paragraph run to the paragraph's end
        left = [i for _, i in stack]
        for i in left:
            if i >= 0:
                pairs.append(_continued(text, i, pairs, left) or (i, -1))
        for o, c in pairs:
            end = c if c >= 0 else p_end
            quotes.append(Quotation(o, c, o + 1, end))
    return _outermost(quotes), stray


_SENTENCE_END = re.compile(r"[.!?؟…]\s*$")


def _continued(text: str, o: int, pairs: list[tuple[int, int]], left: list[int]) -> tuple[int, int] | None:
    """'إن "هذه جريمة … القبيل . "نعمل بجد … البدنية." وهذه ليست …': an opener never closed,
    then — after a full stop, with no mark between — a second opened-and-closed stretch: the
    first closing mark was typed as an opener, and the speech ends at the second one's close
    (not at the paragraph's end). A speech of several stretches typed as paragraphs are in print
    ('وقال "نستخدم … فائقة. "ويمثل هذا … المقاطع. "عندئذ … الوضوح".': each stretch opens with a
    mark, only the last closes; audit U56) chains the unclosed openers that each follow a full
    stop up to that close; they are used up (set to -1 in `left`). A quoted name inside ('وإن
    حركة "حماس" …') follows a word, not a stop, and changes nothing."""
    if text[o] not in SYMMETRIC:
        return None
    later = [(a, c) for a, c in pairs if a > o and c >= 0 and text[a] in SYMMETRIC]
    if not later:
        return None
    a, c = min(later)
    chain, cur = [], o
    for k, nxt in enumerate(left):
        if cur < nxt < a and text[nxt] in SYMMETRIC:
            if _MARK_RE.search(text, cur + 1, nxt) is not None or not _SENTENCE_END.search(text, cur + 1, nxt):
                return None
            chain.append(k)
            cur = nxt
    if _MARK_RE.search(text, cur + 1, a) is None and _SENTENCE_END.search(text, cur + 1, a):
        pairs.remove((a, c))
        for k in chain:
            left[k] = -1
        return o, c
    return None


def _outermost(quotes: list[Quotation]) -> list[Quotation]:
    """Drop quotations nested inside another one (a quote within a quote belongs to it)."""
    quotes.sort(key=lambda q: (q.open, -q.inner_end))
    out: list[Quotation] = []
    for q in quotes:
        if out and out[-1].open < q.open < out[-1].inner_end:
            continue
        out.append(q)
    return out
