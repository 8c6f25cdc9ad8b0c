"""The OEDA Arabic event gold standard (events-gsr-ar) as the sentence detector's data:
reading its rows and coder votes, the cross-validated `rasd eval gsr`, a human reference
(one coder against the panel), and training the packaged weights.

`python -m rasd.stages.event_gsr DATA_DIR [OUT]` rebuilds rasd/models/events/detector.npz.
Each row trains on its coders' vote share; "ambiguous" rows (too few coders) train only and
are never scored; scoring is "yes" vs "easy no" + "difficult no".
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from rasd.stages.event_classifier import (DIM, INNER_FOLDS, MODEL_DIR, MODEL_FILE, TYPES, Extra,
                                          LinearModel, prf, logits, features, fit_with_threshold,
                                          save)

LABELS_POS = ("yes",)
LABELS_NEG = ("easy no", "difficult no")
SOFT = True      # train on coder vote shares (+ ambiguous rows); score on yes vs no as before
NEAR_DUP = 0.6   # word-set Jaccard above which two GSR sentences count as the same
_WORD = re.compile(r"\w+")


def near_duplicates(a: Sequence[str], b: Sequence[str], *, jaccard: float = NEAR_DUP) -> np.ndarray:
    """(len(a), len(b)) bool: word-set Jaccard >= `jaccard` (the GSR repeats sentences lightly
    edited across articles)."""
    sa, sb = [set(_WORD.findall(t)) for t in a], [set(_WORD.findall(t)) for t in b]
    out = np.zeros((len(a), len(b)), dtype=bool)
    for i, x in enumerate(sa):
        for j, z in enumerate(sb):
            if x and z and len(x & z) >= jaccard * len(x | z):
                out[i, j] = True
    return out


def read_gsr(data_dir: str | Path, etype: str) -> list[tuple[str, int]]:
    """(sentence, 1/0) rows of one type; ambiguous rows dropped."""
    return [(t, g) for t, g, _ in read_gsr_votes(data_dir, etype) if g >= 0]


def read_gsr_votes(data_dir: str | Path, etype: str) -> list[tuple[str, int, float]]:
    """(sentence, gold, share of coders who accepted) rows; gold is 1/0, or -1 for "ambiguous"
    (too few coders: used for training only, never scored)."""
    path = Path(data_dir) / f"{etype.lower()}_gsr.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = (row.get("label") or "").strip()
            gold = 1 if label in LABELS_POS else 0 if label in LABELS_NEG else -1
            if gold < 0 and label != "ambiguous":
                continue
            acc, rej = _int(row.get("accept")), _int(row.get("reject"))
            share = acc / (acc + rej) if acc + rej else float(gold > 0)
            out.append((row["text"], gold, share))
    return out


def _int(s) -> int:
    try:
        return int(float(s or 0))
    except ValueError:
        return 0


def _load(data_dir: str | Path, etype: str):
    """Scored rows (features, hard labels, vote shares) and the ambiguous rows as `Extra`."""
    votes = read_gsr_votes(data_dir, etype)
    main = [v for v in votes if v[1] >= 0]
    amb = [v for v in votes if v[1] < 0] if SOFT else []
    X = [features(t) for t, _, _ in main]
    y = np.array([g for _, g, _ in main], dtype=np.float64)
    soft = np.array([s if SOFT else g for _, g, s in main], dtype=np.float64)
    dup = near_duplicates([t for t, _, _ in amb], [t for t, _, _ in main])
    extra = Extra([features(t) for t, _, _ in amb], np.array([s for *_, s in amb]), dup)
    return X, y, soft, extra


def evaluate_gsr(data_dir: str | Path, *, folds: int = 5, inner: int = INNER_FOLDS) -> dict:
    """k-fold cross-validated sentence detection P/R/F1 per type (folds by row index mod k).
    Weights, C and threshold come from the training folds only (C and threshold: inner CV);
    ambiguous rows train only, and never when they near-duplicate a held-out row."""
    out: dict = {}
    for etype in TYPES:
        X, y, soft, extra = _load(data_dir, etype)
        pred = np.zeros(len(y), dtype=int)
        for k in range(folds):
            test = [i for i in range(len(y)) if i % folds == k]
            train = [i for i in range(len(y)) if i % folds != k]
            ex = extra.clear_of(test).restrict(train)
            w, thr = fit_with_threshold([X[i] for i in train], y[train], inner=inner,
                                        target=soft[train], extra=ex)
            pred[test] = (logits([X[i] for i in test], w) >= thr).astype(int)
        out[etype] = {"n": len(y), "positives": int(y.sum()), **prf(y.astype(int), pred),
                      "one_coder_f1": one_coder_f1(data_dir, etype)}
    return out


def one_coder_f1(data_dir: str | Path, etype: str) -> float:
    """F1 of one GSR coder, drawn at random for each sentence, against the consensus label:
    a human reference for the detector's F1. A "yes" is unanimous, so that coder finds every
    one (recall 1), but accepts each "no" sentence with its share of accepting coders;
    expected counts, rounded to 4 places."""
    votes = [(g, share) for _, g, share in read_gsr_votes(data_dir, etype) if g >= 0]
    tp = sum(share for g, share in votes if g)
    fn = sum(1 - share for g, share in votes if g)
    fp = sum(share for g, share in votes if not g)
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def train_all(data_dir: str | Path) -> LinearModel:
    weights = np.zeros((len(TYPES), DIM), dtype=np.float32)
    bias = np.zeros(len(TYPES), dtype=np.float32)
    for k, etype in enumerate(TYPES):
        X, y, soft, extra = _load(data_dir, etype)
        w, thr = fit_with_threshold(X, y, target=soft, extra=extra)
        weights[k], bias[k] = w.astype(np.float32), -thr
    return LinearModel(weights, bias)


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - build helper
    import sys
    args = list(argv if argv is not None else sys.argv[1:])
    data_dir = args[0]
    out = Path(args[1]) if len(args) > 1 else MODEL_DIR / MODEL_FILE
    save(train_all(data_dir), out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
