"""Sentence-level event detector: a logistic regression per type (ASSAULT, PROTEST) on hashed
character n-grams, words and trigger-lexicon features, trained on the OEDA Arabic gold standard
(events-gsr-ar: "yes" vs "easy no" + "difficult no"; "ambiguous" dropped).

Inference needs numpy only: weights live in rasd/models/events/detector.npz (`rasd train events`
or `python -m rasd.stages.event_classifier DATA_DIR` rebuilds them). Training uses numpy too.
"""
from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from rasd.stages.event_detect import candidates, detect
from rasd.text.normalize import normalize
from rasd.text.tokenize import tokenize

DIM = 1 << 18
TYPES = ("ASSAULT", "PROTEST")
LABELS_POS = ("yes",)
LABELS_NEG = ("easy no", "difficult no")
MODEL_FILE = "detector.npz"
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "events"


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) & (DIM - 1)


def features(text: str) -> list[int]:
    """Hashed feature indices of a sentence (binary bag)."""
    view = normalize(text)
    toks = tokenize(text, view=view)
    words = [candidates(t.norm)[-1] for t in toks if t.norm[:1].isalpha()]
    feats = {_h("w:" + w) for w in words}
    feats.update(_h("b:" + a + " " + b) for a, b in zip(words, words[1:]))
    for w in words:
        padded = f"<{w}>"
        for n in (3, 4, 5):
            feats.update(_h(f"c{n}:" + padded[i:i + n]) for i in range(len(padded) - n + 1))
    for trig in detect(toks):
        feats.add(_h(f"t:{trig.type}"))
        feats.add(_h(f"t:{trig.type}:{trig.strength}"))
        feats.add(_h(f"m:{trig.mode}"))
    feats.add(_h("bias"))
    return sorted(feats)


@dataclass
class LinearModel:
    weights: np.ndarray  # (len(TYPES), DIM) float32

    def score(self, idx: Sequence[int], k: int) -> float:
        return _sigmoid(float(self.weights[k, list(idx)].sum()) * _norm(idx))

    def predict(self, text: str) -> dict[str, float]:
        idx = features(text)
        return {t: self.score(idx, k) for k, t in enumerate(TYPES)}


def _norm(idx: Sequence[int]) -> float:
    """Rows are L2-normalised binary vectors: each active feature weighs 1/sqrt(n)."""
    return 1.0 / np.sqrt(max(len(idx), 1))


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def train_binary(rows: Sequence[list[int]], y: np.ndarray, *, epochs: int = 15, lr: float = 1.0,
                 l2: float = 1e-4, pos_weight: float | None = None, seed: int = 0) -> np.ndarray:
    """SGD logistic regression on normalised sparse binary rows; returns a DIM weight vector.
    Positives are up-weighted to balance the classes unless `pos_weight` is given."""
    if pos_weight is None:
        pos = float(np.sum(y))
        pos_weight = (len(y) - pos) / pos if pos else 1.0
    w = np.zeros(DIM, dtype=np.float64)
    order = np.arange(len(rows))
    rng = np.random.default_rng(seed)
    scale = [_norm(r) for r in rows]
    for ep in range(epochs):
        rng.shuffle(order)
        step = lr / (1 + 0.5 * ep)
        for i in order:
            idx, v = rows[i], scale[i]
            p = _sigmoid(w[idx].sum() * v)
            g = (p - y[i]) * (pos_weight if y[i] else 1.0)
            w[idx] -= step * (g * v + l2 * w[idx])
    return w


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


def evaluate_gsr(data_dir: str | Path, *, folds: int = 5, threshold: float = 0.5) -> dict:
    """5-fold cross-validated sentence detection P/R/F1 per type (folds by row order mod k)."""
    out: dict = {}
    for etype in TYPES:
        rows = read_gsr(data_dir, etype)
        X = [features(t) for t, _ in rows]
        y = np.array([lab for _, lab in rows], dtype=np.float64)
        pred = np.zeros(len(rows), dtype=int)
        for k in range(folds):
            test = [i for i in range(len(rows)) if i % folds == k]
            train = [i for i in range(len(rows)) if i % folds != k]
            w = train_binary([X[i] for i in train], y[train])
            for i in test:
                pred[i] = int(_sigmoid(w[X[i]].sum() * _norm(X[i])) >= threshold)
        out[etype] = {"n": len(rows), "positives": int(y.sum()), **_prf(y.astype(int), pred)}
    return out


def train_all(data_dir: str | Path) -> LinearModel:
    weights = np.zeros((len(TYPES), DIM), dtype=np.float32)
    for k, etype in enumerate(TYPES):
        rows = read_gsr(data_dir, etype)
        X = [features(t) for t, _ in rows]
        y = np.array([lab for _, lab in rows], dtype=np.float64)
        weights[k] = train_binary(X, y).astype(np.float32)
    return LinearModel(weights)


def save(model: LinearModel, path: str | Path) -> None:
    nz = np.nonzero(model.weights)
    np.savez_compressed(path, rows=nz[0].astype(np.int8), cols=nz[1].astype(np.int32),
                        vals=model.weights[nz].astype(np.float32), dim=np.int64(DIM))


def load(path: str | Path) -> LinearModel:
    data = np.load(path)
    w = np.zeros((len(TYPES), int(data["dim"])), dtype=np.float32)
    w[data["rows"], data["cols"]] = data["vals"]
    return LinearModel(w)


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
