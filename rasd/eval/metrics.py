"""Counting helpers shared by every field scorer: P/R/F1, ratios, one-to-one greedy matching.

Division rule (documented in docs/eval.md): a figure whose denominator is zero is 0.0, except
when gold and prediction are both empty for that unit; then there was nothing to get wrong and
the figure is 1.0 (so scoring gold against itself gives 1.0 everywhere).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Sequence

Tally = Counter  # str -> int; tallies of documents are summed, figures computed at the end

# note(kind, gold, pred, why): called by scorers for each error when the caller asks for them
# (kind: missed, spurious, or a field-specific mismatch; gold/pred: short dicts or None).
Note = Callable[[str, "dict | None", "dict | None", str], None]


def no_note(kind: str, gold: dict | None, pred: dict | None, why: str) -> None:
    """The default Note: errors are not collected."""


def ratio(num: int, den: int, *, vacuous: bool) -> float:
    """num/den; 0/0 is 1.0 when `vacuous` (nothing on either side), else 0.0."""
    if den:
        return num / den
    return 1.0 if vacuous else 0.0


def number(v: Any) -> Any:
    """Numbers compare by value (3 == 3.0); anything else is returned as is."""
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall, F1 plus the counts they came from."""
    n_pred, n_gold = tp + fp, tp + fn
    empty = n_pred == 0 and n_gold == 0
    p = ratio(tp, n_pred, vacuous=empty)
    r = ratio(tp, n_gold, vacuous=empty)
    f1 = 1.0 if empty else (2 * p * r / (p + r) if p + r else 0.0)
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn,
            "n_gold": n_gold, "n_pred": n_pred}


def prf_of(tally: Tally, prefix: str = "") -> dict[str, Any]:
    """prf() from `<prefix>tp`, `<prefix>n_gold`, `<prefix>n_pred` in a tally."""
    tp = tally[prefix + "tp"]
    return prf(tp, tally[prefix + "n_pred"] - tp, tally[prefix + "n_gold"] - tp)


def greedy_match(gold: Sequence, pred: Sequence,
                 key: Callable[[Any, Any], Any]) -> list[tuple[int, int]]:
    """One-to-one matching, best pair first.

    `key(g, p)` returns None when the pair cannot match, otherwise a sortable value where
    larger is better. Ties go to the earlier gold item, then the earlier prediction, so the
    result does not depend on dict or set order.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            k = key(g, p)
            if k is not None:
                candidates.append((k, gi, pi))
    candidates.sort(key=lambda c: (_neg(c[0]), c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


class _neg:
    """Reverses the order of any comparable value (so we can sort best-first stably)."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: "_neg") -> bool:
        return other.v < self.v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _neg) and self.v == other.v
