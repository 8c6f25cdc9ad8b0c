"""Sentence-level event detector: an L2 logistic regression per type (ASSAULT, PROTEST) on hashed
word, word-bigram and event-cue features (event_features.py: trigger hits with their assertion,
definiteness, condemnation/reported-speech/future context, casualty counts, dates, actors),
trained on the OEDA Arabic gold standard (events-gsr-ar: "yes" vs "easy no" + "difficult no";
"ambiguous" dropped).

Inference and training need numpy only: weights live in rasd/models/events/detector.npz
(`python -m rasd.stages.event_classifier DATA_DIR` rebuilds them). Each type's decision threshold
is chosen by an inner cross-validation on the training rows and folded into the bias, so
`predict()` >= 0.5 means "yes".
"""
from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from rasd.stages.event_features import sentence_features

DIM = 1 << 18
TYPES = ("ASSAULT", "PROTEST")
LABELS_POS = ("yes",)
LABELS_NEG = ("easy no", "difficult no")
MODEL_FILE = "detector.npz"
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "events"
C = 3.0          # inverse L2 strength (liblinear convention); fixed, not tuned on test folds
INNER_FOLDS = 4  # threshold selection inside the training rows


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def features(text: str) -> list[int]:
    """Hashed feature indices of a sentence (binary bag, "bias" always present)."""
    return sorted({_h(f) for f in sentence_features(text)})


@dataclass
class LinearModel:
    weights: np.ndarray  # (len(TYPES), DIM) float32
    bias: np.ndarray | None = None  # (len(TYPES),) threshold-shifted intercepts

    def logit(self, idx: Sequence[int], k: int) -> float:
        b = 0.0 if self.bias is None else float(self.bias[k])
        return float(self.weights[k, list(idx)].sum()) * _norm(idx) + b

    def score(self, idx: Sequence[int], k: int) -> float:
        return float(_sigmoid(self.logit(idx, k)))

    def predict(self, text: str) -> dict[str, float]:
        idx = features(text)
        return {t: self.score(idx, k) for k, t in enumerate(TYPES)}


def _norm(idx: Sequence[int]) -> float:
    """Rows are L2-normalised binary vectors: each active feature weighs 1/sqrt(n)."""
    return 1.0 / np.sqrt(max(len(idx), 1))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


class _Rows:
    """Sparse binary rows, L2-normalised, as flat arrays (CSR without scipy)."""

    def __init__(self, rows: Sequence[Sequence[int]]) -> None:
        self.cols = np.concatenate([np.asarray(r, dtype=np.int64) for r in rows])
        lens = np.array([len(r) for r in rows])
        self.row_of = np.repeat(np.arange(len(rows)), lens)
        self.vals = np.repeat(1.0 / np.sqrt(np.maximum(lens, 1)), lens)
        self.n = len(rows)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row_of, weights=w[self.cols] * self.vals, minlength=self.n)

    def tdot(self, g: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=g[self.row_of] * self.vals, minlength=DIM)


def train_binary(rows: Sequence[list[int]], y: np.ndarray, *, c: float = C, iters: int = 300,
                 lr: float = 0.1, **_ignored) -> np.ndarray:
    """Class-balanced L2 logistic regression, full-batch Adam on
    0.5·|w|² + c·Σ weight_i·logloss_i; returns a DIM weight vector (the "bias" feature is the
    intercept: every row has it)."""
    X, y = _Rows(rows), np.asarray(y, dtype=np.float64)
    pos = max(float(y.sum()), 1.0)
    sw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1.0)))
    w = np.zeros(DIM)
    m, v = np.zeros(DIM), np.zeros(DIM)
    scale = 1.0 / len(y)  # optimise the objective / n: same minimiser, steadier steps
    for t in range(1, iters + 1):
        p = _sigmoid(X.dot(w))
        grad = (w + c * X.tdot(sw * (p - y))) * scale
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The logit cut that maximises F1 on (scores, y); midpoint between neighbouring scores."""
    order = np.argsort(-scores)
    s, g = scores[order], y[order]
    tp = np.cumsum(g)
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + g.sum())
    i = int(np.argmax(f1))
    return float((s[i] + s[i + 1]) / 2) if i + 1 < len(s) else float(s[i] - 1e-6)


def fit_with_threshold(rows: Sequence[list[int]], y: np.ndarray, *,
                       inner: int = INNER_FOLDS) -> tuple[np.ndarray, float]:
    """Weights on all `rows`, and the F1-best threshold from an inner CV over the same rows."""
    y = np.asarray(y, dtype=np.float64)
    scores = np.zeros(len(y))
    for j in range(inner):
        te = [i for i in range(len(y)) if i % inner == j]
        tr = [i for i in range(len(y)) if i % inner != j]
        w = train_binary([rows[i] for i in tr], y[tr])
        scores[te] = _Rows([rows[i] for i in te]).dot(w)
    return train_binary(rows, y), best_threshold(scores, y)


def read_gsr(data_dir: str | Path, etype: str) -> list[tuple[str, int]]:
    """(sentence, 1/0) rows of one type; ambiguous rows dropped."""
    path = Path(data_dir) / f"{etype.lower()}_gsr.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = (row.get("label") or "").strip()
            if label in LABELS_POS:
                out.append((row["text"], 1))
            elif label in LABELS_NEG:
                out.append((row["text"], 0))
    return out


def _prf(gold: Iterable[int], pred: Iterable[int]) -> dict:
    g, p = list(gold), list(pred)
    tp = sum(1 for a, b in zip(g, p) if a and b)
    fp = sum(1 for a, b in zip(g, p) if not a and b)
    fn = sum(1 for a, b in zip(g, p) if a and not b)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate_gsr(data_dir: str | Path, *, folds: int = 5, inner: int = INNER_FOLDS) -> dict:
    """k-fold cross-validated sentence detection P/R/F1 per type (folds by row index mod k).
    Weights and threshold come from the training folds only (threshold: inner CV)."""
    out: dict = {}
    for etype in TYPES:
        rows = read_gsr(data_dir, etype)
        X = [features(t) for t, _ in rows]
        y = np.array([lab for _, lab in rows], dtype=np.float64)
        pred = np.zeros(len(rows), dtype=int)
        for k in range(folds):
            test = [i for i in range(len(rows)) if i % folds == k]
            train = [i for i in range(len(rows)) if i % folds != k]
            w, thr = fit_with_threshold([X[i] for i in train], y[train], inner=inner)
            pred[test] = (_Rows([X[i] for i in test]).dot(w) >= thr).astype(int)
        out[etype] = {"n": len(rows), "positives": int(y.sum()), **_prf(y.astype(int), pred)}
    return out


def train_all(data_dir: str | Path) -> LinearModel:
    weights = np.zeros((len(TYPES), DIM), dtype=np.float32)
    bias = np.zeros(len(TYPES), dtype=np.float32)
    for k, etype in enumerate(TYPES):
        rows = read_gsr(data_dir, etype)
        X = [features(t) for t, _ in rows]
        y = np.array([lab for _, lab in rows], dtype=np.float64)
        w, thr = fit_with_threshold(X, y)
        weights[k], bias[k] = w.astype(np.float32), -thr
    return LinearModel(weights, bias)


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


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - build helper
    import sys
    args = list(argv if argv is not None else sys.argv[1:])
    data_dir = args[0]
    out = Path(args[1]) if len(args) > 1 else MODEL_DIR / MODEL_FILE
    save(train_all(data_dir), out)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
