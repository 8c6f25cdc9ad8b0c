"""Sentence-level event detector: an L2 logistic regression per type (ASSAULT, PROTEST) on hashed
word, word-bigram, word-cluster and event-cue features (event_features.py: trigger hits with
their assertion, definiteness, condemnation/reported-speech/future context, casualty counts,
crowds, dates, actors), trained on the OEDA Arabic gold standard (events-gsr-ar; reading it,
cross-validation and the training run are in `event_gsr`).

Inference and training need numpy only: weights live in rasd/models/events/detector.npz
(`python -m rasd.stages.event_gsr DATA_DIR` rebuilds them). Each type's C and decision
threshold are chosen by an inner cross-validation on the training rows and the threshold is
folded into the bias, so `predict()` >= 0.5 means "yes".
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from rasd.stages.event_features import feature_set

DIM = 1 << 18
TYPES = ("ASSAULT", "PROTEST")
MODEL_FILE = "detector.npz"
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "events"
C = 3.0          # inverse L2 strength (liblinear convention) when no grid is searched
C_GRID = (1.0, 3.0, 10.0, 30.0)  # C is chosen with the threshold, by inner CV on training rows
INNER_FOLDS = 4  # threshold (and C) selection inside the training rows


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def features(text: str, *, tokens: Sequence | None = None) -> list[int]:
    """Hashed feature indices of a sentence (binary bag, "bias" always present); `tokens`:
    the sentence's tokens if already known (see `sentence_features`)."""
    if len(_HASHED) > _HASHED_MAX:  # bounded: a long-running service meets new words forever
        _HASHED.clear()
    return sorted(set(map(_HASHED.__getitem__, feature_set(text, tokens=tokens))))


class _Hashes(dict):
    """feature string → _h(feature), filled on first use: most features recur."""

    def __missing__(self, feature: str) -> int:
        h = self[feature] = zlib.crc32(feature.encode("utf-8")) & (DIM - 1)  # _h, inlined
        return h


_HASHED = _Hashes()
_HASHED_MAX = 200_000


@dataclass
class LinearModel:
    weights: np.ndarray  # (len(TYPES), DIM) float32
    bias: np.ndarray | None = None  # (len(TYPES),) threshold-shifted intercepts

    def logit(self, idx: Sequence[int], k: int) -> float:
        b = 0.0 if self.bias is None else float(self.bias[k])
        return float(self.weights[k, np.asarray(idx, dtype=np.intp)].sum()) * _norm(idx) + b

    def score(self, idx: Sequence[int], k: int) -> float:
        return float(_sigmoid(self.logit(idx, k)))

    def predict(self, text: str) -> dict[str, float]:
        return self.predict_tokens(text, None)

    def predict_tokens(self, text: str, tokens: Sequence | None) -> dict[str, float]:
        """`predict` given the sentence's tokens from its document (None: tokenise `text`)."""
        idx = np.asarray(features(text, tokens=tokens), dtype=np.intp)  # one array, both types
        return {t: self.score(idx, k) for k, t in enumerate(TYPES)}


def _norm(idx: Sequence[int]) -> float:
    """Rows are L2-normalised binary vectors: each active feature weighs 1/sqrt(n)."""
    return 1.0 / np.sqrt(max(len(idx), 1))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class _Rows:
    """Sparse binary rows, L2-normalised, as flat arrays (CSR without scipy). Columns are
    renumbered to the features that occur (`used`), so training touches ~50k weights, not DIM."""

    def __init__(self, rows: Sequence[Sequence[int]]) -> None:
        cols = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
        self.used, self.cols = np.unique(cols, return_inverse=True)
        lens = np.array([len(r) for r in rows])
        self.row_of = np.repeat(np.arange(len(rows)), lens)
        self.vals = np.repeat(1.0 / np.sqrt(np.maximum(lens, 1)), lens)
        self.n, self.dim = len(rows), len(self.used)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row_of, weights=w[self.cols] * self.vals, minlength=self.n)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=g[self.row_of] * self.vals, minlength=self.dim)


def train_binary(rows: Sequence[list[int]], y: np.ndarray, *, c: float = C, iters: int = 300,
                 lr: float = 0.1, **_ignored) -> np.ndarray:
    """Class-balanced L2 logistic regression, full-batch Adam on
    0.5·|w|² + c·Σ logloss_i; returns a DIM weight vector (the "bias" feature is the
    intercept: every row has it). `y` may be soft (the share of coders who said yes): each row
    is then part positive, part negative, and each part carries its class's balancing weight."""
    X, y = _Rows(rows), np.asarray(y, dtype=np.float64)
    pos = max(float(y.sum()), 1e-9)
    a, b = len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1e-9))
    w = np.zeros(X.dim)
    m, v = np.zeros(X.dim), np.zeros(X.dim)
    scale = 1.0 / len(y)  # optimise the objective / n: same minimiser, steadier steps
    for t in range(1, iters + 1):
        p = _sigmoid(X.dot(w))
        grad = (w + c * X.tdot(p * (a * y + b * (1 - y)) - a * y)) * scale
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    full = np.zeros(DIM)
    full[X.used] = w
    return full


def logits(rows: Sequence[Sequence[int]], w: np.ndarray) -> np.ndarray:
    """Logits of rows under a DIM weight vector (no bias: thresholds are compared raw)."""
    return np.array([float(w[list(r)].sum()) * _norm(r) for r in rows])


def best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The logit cut that maximises F1 on (scores, y); midpoint between neighbouring scores."""
    order = np.argsort(-scores)
    s, g = scores[order], y[order]
    tp = np.cumsum(g)
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + g.sum())
    i = int(np.argmax(f1))
    return float((s[i] + s[i + 1]) / 2) if i + 1 < len(s) else float(s[i] - 1e-6)


def fit_with_threshold(rows: Sequence[list[int]], y: np.ndarray, *, inner: int = INNER_FOLDS,
                       grid: Sequence[float] = C_GRID, target: np.ndarray | None = None,
                       extra: "Extra | None" = None) -> tuple[np.ndarray, float]:
    """Weights on all `rows` (+ `extra` training-only rows), with C and the F1-best threshold on
    the hard labels `y` chosen by an inner CV over the same rows (never the rows evaluated).
    `target`: soft training labels (default `y`)."""
    y = np.asarray(y, dtype=np.float64)
    target = y if target is None else np.asarray(target, dtype=np.float64)
    extra = extra or Extra([], np.zeros(0), np.zeros((0, len(y)), dtype=bool))
    best = None
    for c in grid:
        scores = np.zeros(len(y))
        for j in range(inner):
            te = [i for i in range(len(y)) if i % inner == j]
            tr = [i for i in range(len(y)) if i % inner != j]
            ex = extra.clear_of(te)
            w = train_binary([rows[i] for i in tr] + ex.rows, np.r_[target[tr], ex.target], c=c)
            scores[te] = logits([rows[i] for i in te], w)
        thr = best_threshold(scores, y)
        f1 = prf(y.astype(int), (scores >= thr).astype(int))["f1"]
        if best is None or f1 > best[0]:
            best = (f1, c, thr)
    _, c, thr = best
    return train_binary(list(rows) + extra.rows, np.r_[target, extra.target], c=c), thr


@dataclass
class Extra:
    """Training-only rows (the GSR's "ambiguous" sentences, soft-labelled) and which of the
    evaluated rows each near-duplicates (`dup[e, i]`): an extra row is left out of any fit
    whose held-out rows it near-duplicates, so no held-out sentence leaks in through it."""
    rows: list
    target: np.ndarray
    dup: np.ndarray  # (len(rows), n evaluated rows) bool

    def clear_of(self, held_out: Sequence[int]) -> "Extra":
        keep = ~self.dup[:, list(held_out)].any(axis=1) if len(self.rows) else np.zeros(0, bool)
        return Extra([r for r, k in zip(self.rows, keep) if k], self.target[keep], self.dup[keep])

    def restrict(self, cols: Sequence[int]) -> "Extra":
        return Extra(self.rows, self.target, self.dup[:, list(cols)])


def prf(gold: Iterable[int], pred: Iterable[int]) -> dict:
    g, p = list(gold), list(pred)
    tp = sum(1 for a, b in zip(g, p) if a and b)
    fp = sum(1 for a, b in zip(g, p) if not a and b)
    fn = sum(1 for a, b in zip(g, p) if a and not b)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def save(model: LinearModel, path: str | Path) -> None:
    nz = np.nonzero(model.weights)
    bias = model.bias if model.bias is not None else np.zeros(len(TYPES), dtype=np.float32)
    np.savez_compressed(path, rows=nz[0].astype(np.int8), cols=nz[1].astype(np.int32),
                        vals=model.weights[nz].astype(np.float32), dim=np.int64(DIM),
                        bias=np.asarray(bias, dtype=np.float32))


def load(path: str | Path) -> LinearModel:
    data = np.load(path)
    w = np.zeros((len(TYPES), int(data["dim"])), dtype=np.float32)
    w[data["rows"], data["cols"]] = data["vals"]
    bias = data["bias"] if "bias" in data.files else None
    return LinearModel(w, bias)


@lru_cache(maxsize=1)
def packaged_model() -> LinearModel | None:
    path = MODEL_DIR / MODEL_FILE
    return load(path) if path.is_file() else None
