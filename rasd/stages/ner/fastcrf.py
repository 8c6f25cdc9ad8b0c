"""Linear-chain CRF inference in numpy, from weights exported out of a CRFsuite model.

CRFsuite (python-crfsuite) is used for *training*; at run time rasd scores with this
module: per word type, the summed weights of its own and window features are cached as
vectors, so a token costs a few vector additions plus a Viterbi step.  Decoding is exact
(same state + transition scores as CRFsuite's 1st-order CRF, which has no start/end
transitions).
"""
from __future__ import annotations

import gzip
import io
from pathlib import Path

import numpy as np


def add_weights(W: np.ndarray, index: dict[str, int], unk: int, E: np.ndarray,
                feats: list[list[str]]) -> None:
    """E[i] += the summed rows of W for the attributes feats[i] (unknown ones → row `unk`)."""
    get = index.get
    lens = [len(fs) for fs in feats]
    if not all(lens):  # reduceat cannot express an empty group
        for i, fs in enumerate(feats):
            if fs:
                E[i] += W[[get(f, unk) for f in fs]].sum(axis=0)
        return
    flat = [get(f, unk) for fs in feats for f in fs]
    E += group_sums(W, flat, lens)


def group_sums(W: np.ndarray, flat: list[int], lens: list[int]) -> np.ndarray:
    """Row i: the sum of the rows W[flat[k]] of its group (lens[i] consecutive ids, none empty).

    Bit for bit what `np.add.reduceat(W[flat], offsets, axis=0)` gives, and two to three
    times faster: reduceat walks the (ids, columns) array one strided column at a time.
    Here the groups of one length are gathered as (groups, length, columns) and added with
    whole-row operations, in the order numpy's add reduction uses (float32 sums are not
    associative, and the scores must not move): the first row plus the pairwise sum of the
    rest (`_pairwise`). Groups over _PAIRWISE_BLOCK + 1 long (never seen) go to reduceat.
    """
    lens_a = np.asarray(lens, dtype=np.intp)
    flat_a = np.asarray(flat, dtype=np.intp)
    offsets = np.zeros(len(lens_a), dtype=np.intp)
    np.cumsum(lens_a[:-1], out=offsets[1:])
    sizes = np.bincount(lens_a)  # (the distinct lengths without np.unique's sort and overhead)
    if len(sizes) - 1 > _PAIRWISE_BLOCK + 1:
        return np.add.reduceat(W[flat_a], offsets, axis=0)
    out = np.empty((len(lens_a), W.shape[1]), dtype=W.dtype)
    for n in np.flatnonzero(sizes).tolist():
        groups = np.nonzero(lens_a == n)[0]
        rows = W[flat_a[offsets[groups][:, None] + np.arange(n)]]  # (groups, n, columns)
        out[groups] = rows[:, 0] + _pairwise(rows[:, 1:]) if n > 1 else rows[:, 0]
    return out


_PAIRWISE_BLOCK = 128  # numpy's PW_BLOCKSIZE: longer sums are split in halves (not done here)


def _pairwise(rows: np.ndarray) -> np.ndarray:
    """Sum over axis 1 of (groups, m, columns), m <= _PAIRWISE_BLOCK, added as numpy's
    pairwise summation adds m values: one by one under 8; else 8 running sums over the
    multiples of 8, joined as ((0+1)+(2+3))+((4+5)+(6+7)), then the rest one by one."""
    m = rows.shape[1]
    if m < 8:
        total = rows[:, 0].copy()
        for i in range(1, m):
            total += rows[:, i]
        return total
    r = rows[:, :8].copy()
    i = 8
    while i < m - m % 8:
        r += rows[:, i:i + 8]
        i += 8
    total = ((r[:, 0] + r[:, 1]) + (r[:, 2] + r[:, 3])) + ((r[:, 4] + r[:, 5]) + (r[:, 6] + r[:, 7]))
    for k in range(i, m):
        total += rows[:, k]
    return total


class LinearCRF:
    def __init__(self, labels: list[str], attrs: list[str], W: np.ndarray, T: np.ndarray):
        self.labels = list(labels)
        self.L = len(labels)
        self.index = {a: i for i, a in enumerate(attrs)}
        # one extra zero row for unknown attributes
        self.W = np.vstack([W.astype(np.float64), np.zeros((1, self.L))])
        self.T = T.astype(np.float64)
        self.unk = len(attrs)
        self._label_array = np.array(self.labels, dtype=object)  # index array → label names

    # ---- export / load ------------------------------------------------------
    @classmethod
    def from_crfsuite(cls, path: Path, private: tuple[str, ...] = ()) -> "LinearCRF":
        """Load a CRFsuite model; features starting with one of the ``private`` prefixes (a
        training domain's own copies, which never fire at run time) are left out."""
        import pycrfsuite  # training-time dependency only
        tg = pycrfsuite.Tagger()
        tg.open(str(path))
        info = tg.info()
        labels = tg.labels()
        lid = {l: i for i, l in enumerate(labels)}
        attrs: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for (a, lab), w in info.state_features.items():
            if private and a.startswith(private):
                continue
            j = attrs.setdefault(a, len(attrs))
            rows.append(j)
            cols.append(lid[lab])
            vals.append(w)
        W = np.zeros((len(attrs), len(labels)), dtype=np.float32)
        W[rows, cols] = vals
        T = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            T[lid[a], lid[b]] = w
        tg.close()
        return cls(labels, list(attrs), W, T)

    def save(self, path: Path) -> None:
        attrs = [None] * self.unk
        for a, i in self.index.items():
            attrs[i] = a
        W = self.W[:-1].astype(np.float32)
        nz = np.nonzero(W)
        buf = io.BytesIO()
        np.savez(buf, labels=np.array(self.labels), rows=nz[0].astype(np.int32), cols=nz[1].astype(np.int8),
                 vals=W[nz].astype(np.float32), T=self.T.astype(np.float32),
                 n_attrs=np.array([len(attrs)]))
        with gzip.open(path, "wb", compresslevel=9) as fh:
            fh.write(buf.getvalue())
            fh.write(b"\n--ATTRS--\n")
            fh.write("\n".join(attrs).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> "LinearCRF":
        with gzip.open(path, "rb") as fh:
            data = fh.read()
        npz_bytes, _, attr_bytes = data.partition(b"\n--ATTRS--\n")
        z = np.load(io.BytesIO(npz_bytes))
        attrs = attr_bytes.decode("utf-8").split("\n") if attr_bytes else []
        labels = [str(x) for x in z["labels"]]
        W = np.zeros((int(z["n_attrs"][0]), len(labels)), dtype=np.float32)
        W[z["rows"], z["cols"].astype(np.int64)] = z["vals"]
        return cls(labels, attrs, W, z["T"])

    # ---- scoring ------------------------------------------------------------
    def add_features(self, E: np.ndarray, feats: list[list[str]]) -> None:
        """E[i] += summed weights of feats[i] (in place)."""
        add_weights(self.W, self.index, self.unk, E, feats)

    def viterbi(self, E: np.ndarray) -> list[str]:
        return self.viterbi_batch([E])[0]

    def viterbi_batch(self, Es: list[np.ndarray]) -> list[list[str]]:
        """Viterbi over several sequences at once (one numpy step per position).

        Sequences are sorted longest first, so at position i the still-running ones are a
        prefix of the batch and shorter ones drop out instead of being carried as padding.
        Each sequence's scores are computed exactly as on its own (same additions, same
        first-maximum tie-break), so the result does not depend on the batch.
        """
        if not Es:
            return []
        B = len(Es)
        L = self.L
        lens = [e.shape[0] for e in Es]
        order = sorted(range(B), key=lambda b: -lens[b])  # stable: ties keep input order
        slens = [lens[b] for b in order]
        n = slens[0]
        if n == 0:
            return [[] for _ in Es]
        X = np.zeros((n, B, L))  # position-major: X[i, :k] is contiguous
        for r, b in enumerate(order):
            X[:lens[b], r] = Es[b]
        # transitions as (to, from): the max over "from" is then over the last, contiguous
        # axis (several times faster than over the middle one); argmax still scans "from"
        # in label order, so ties break as before
        # (the transitions are repeated for every sequence, and each step copies the scores
        # once per "to" label with `repeat`: then the step's sums are one same-shape add.
        # Broadcasting the (k, 1, from) scores against (to, from) instead makes numpy loop
        # over k * L rows of L labels, and that loop's per-row overhead was most of a step)
        T = np.ascontiguousarray(np.broadcast_to(self.T.T, (B, L, L)), dtype=np.float64)
        # flat offset of s[b, to, 0] in a (k, L, L) array: the maximum is read at argmax with
        # one flat `take`, copied not recomputed (a reduction over 9 or 21 values, or fancy
        # indexing with three index arrays, costs several times more on these small arrays)
        offs = np.arange(B * L, dtype=np.intp).reshape(B, L) * L
        # back[i, r]: the best previous label of each label, written by argmax in place; the
        # identity for a sequence that has ended, so the backtrack carries its label through
        back = np.empty((n, B, L), dtype=np.intp)
        back[:] = np.arange(L)
        stops: dict[int, int] = {}  # position → the first sequence (in order) ended there
        for r in range(B - 1, -1, -1):
            stops[max(slens[r], 1)] = r
        final = np.zeros((B, L))
        score = X[0]
        k = B
        ok, Xk, Tk = offs, X, T  # the views for the k sequences running, cut when k drops
        argmax, take, add, repeat = np.ndarray.argmax, np.ndarray.take, np.add, np.ndarray.repeat
        for i in range(1, n):
            kn = stops.get(i)
            if kn is not None and kn < k:  # sequences of length i end here
                final[kn:k] = score[kn:k]
                k = kn
                ok, Xk, Tk, score = offs[:k], X[:, :k], T[:k], score[:k]
            s = repeat(score.reshape(k, 1, L), L, 1)  # (k, to, from): score[from] for each "to"
            add(s, Tk, out=s)
            arg = argmax(s, 2, back[i, :k])          # (k, to)
            score = take(s, arg + ok)                # the max, read at argmax
            score += Xk[i]
        final[:k] = score
        # backtrack every sequence at once, from the longest one's end (sequences that end
        # earlier keep their final label through the identity rows of `back`). Labels are
        # carried as flat indices into back[i] (row r's at r * L): a position is then one
        # `take` written into the path row before it, not a take, an add and a copy
        rows = np.arange(B, dtype=np.intp) * L
        back += rows[:, None]
        paths = np.empty((n, B), dtype=np.intp)
        paths[n - 1] = final.argmax(axis=1)
        paths[n - 1] += rows
        pl, bl = list(paths), list(back.reshape(n, B * L))
        for i in range(n - 1, 0, -1):
            take(bl[i], pl[i], None, pl[i - 1], "clip")  # (indices are in range: no check)
        paths -= rows
        names = self._label_array[paths.T].tolist()  # (B, n) label names
        out: list[list[str] | None] = [None] * B
        for r, b in enumerate(order):
            out[b] = names[r][:slens[r]]
        return out
