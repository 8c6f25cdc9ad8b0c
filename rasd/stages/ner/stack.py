"""The NER model's three CRFs scored together (guide, first pass, main), per word type.

A word type's static scores (its own features and its window features at -2, -1, +1, +2)
are summed once into a row table; a batch of documents then costs one gather from the table
plus the dynamic (per-occurrence) features.
"""
from __future__ import annotations

from itertools import repeat

import numpy as np

from .fastcrf import LinearCRF, add_weights, group_sums

_CACHE_MAX = 200_000


class Stack:
    """Guide, first-pass and main CRFs scored together over one union attribute index.

    Each attribute is looked up once; its row holds the weights of all three models side by
    side (columns ``cols[k]``).  Per word type the summed (own, -2, -1, +1, +2) rows are cached.
    """

    def __init__(self, crfs: list[LinearCRF]):
        self.crfs = crfs
        index: dict[str, int] = {}
        for c in crfs:
            for a in c.index:
                if a not in index:
                    index[a] = len(index)
        widths = [c.L for c in crfs]
        W = np.zeros((len(index) + 1, sum(widths)), dtype=np.float32)
        self.cols = []
        off = 0
        for c, w in zip(crfs, widths):
            rows = np.fromiter((index[a] for a in c.index), dtype=np.int64, count=len(c.index))
            src = np.fromiter(c.index.values(), dtype=np.int64, count=len(c.index))
            W[rows, off:off + w] = c.W[src]
            self.cols.append(slice(off, off + w))
            off += w
            c.W = None  # free the per-model copy; scoring goes through the stack
            c.index = {}
        self.index = index
        self.unk = len(index)
        self.W = W
        # word type → its row in `table`: the summed (own, -2, -1, +1, +2) weights, so a
        # document's static scores are one gather from the table
        self.cache: dict[str, int] = {}
        self.table = np.zeros((1024, 5, W.shape[1]), dtype=W.dtype)
        self._preloaded: dict[str, int] = {}
        self._gmemo: dict[tuple[str, str, str], tuple[int, int, int]] = {}
        # hashes of (word, next word) of every bigram attribute, cut at each "|" (a word may
        # hold one): a pair whose hash is not here has neither "bg-=" nor "bg+=" in the index
        # (most pairs, ~90%); a colliding hash only costs the look-up (ints, not the pairs'
        # strings: ~3 MB instead of ~12)
        self._bigrams = frozenset(hash((a[4:j], a[j + 1:])) for a in index if a.startswith(("bg-=", "bg+="))
                                  for j in range(4, len(a)) if a[j] == "|")
        # (guide tag, word) of every "Gw=" attribute (a tag holds no "|"): most pairs have none
        self._tag_words = frozenset(tuple(a[3:].split("|", 1)) for a in index if a.startswith("Gw=") and "|" in a)
        self._edges = tuple(index.get(f, self.unk) for f in ("BOS2", "BOS", "EOS"))

    def sum_rows(self, infos: list[tuple]) -> np.ndarray:
        """(len(infos), 5, columns) summed rows of word types, in one gather and one group sum.

        Each of a word's five groups is summed on its own, row after row from its first
        feature, exactly as summing the word alone; an empty window group sums the all-zero
        `unk` row, i.e. is 0.
        """
        get = self.index.get
        unk = self.unk
        flat: list[int] = []
        lens: list[int] = []
        unks = repeat(unk)
        for inf in infos:
            for part in inf[:5]:
                if part:
                    flat += map(get, part, unks)  # get(f, unk) for each feature
                    lens.append(len(part))
                else:
                    flat.append(unk)
                    lens.append(1)
        return group_sums(self.W, flat, lens).reshape(len(infos), 5, -1)  # (= reduceat, faster)

    def _add_rows(self, words: dict[str, tuple]) -> None:
        sums = self.sum_rows(list(words.values()))
        first = len(self.cache)
        need = first + len(words)
        if need > len(self.table):
            grown = np.zeros((max(need, 2 * len(self.table)), *self.table.shape[1:]), self.table.dtype)
            grown[:first] = self.table[:first]
            self.table = grown
        self.table[first:need] = sums
        self.cache.update(zip(words, range(first, need)))

    def preload(self, words: list[str], rows: np.ndarray) -> None:
        """Start from precomputed rows (wordtable.py); they outlive cache clearing."""
        self.table = np.asarray(rows, dtype=self.W.dtype)  # no copy: the first new word grows it
        self.cache = dict(zip(words, range(len(words))))
        self._preloaded = dict(self.cache)

    def emissions(self, pieces: list[list[str]], infos: list[list[tuple]], full=None) -> np.ndarray:
        """Static emission scores of all pieces of a batch, stacked (no dynamic features).
        `full(tok)`: a word's full feature tuple, for a word whose `infos` entry holds only
        its keys (a preloaded word that fell out of the row cache).

        One gather for the batch; window contributions that would cross a piece boundary
        are zeroed first, and adding 0.0 leaves each score exactly what it is per piece.
        """
        if len(self.cache) > _CACHE_MAX:
            self.cache = dict(self._preloaded)
        cache = self.cache
        new: dict[str, tuple] = {}
        for toks, info in zip(pieces, infos):
            for tok, inf in zip(toks, info):
                if tok not in cache and tok not in new:
                    new[tok] = inf if inf[0] is not None else full(tok)
        if new:
            self._add_rows(new)
        ids = [cache[tok] for toks in pieces for tok in toks]
        A = self.table[ids].astype(np.float64)
        ends = np.cumsum([len(p) for p in pieces])
        starts = ends - [len(p) for p in pieces]
        last = ends - 1
        long2 = ends - starts >= 2
        A[last, 2] = 0.0                       # -1 feature of the next piece's first token
        A[starts, 3] = 0.0                     # +1 feature of the previous piece's last token
        A[last, 1] = 0.0                       # -2 features reaching into the next piece
        A[last[long2] - 1, 1] = 0.0
        A[starts, 4] = 0.0                     # +2 features reaching into the previous piece
        A[starts[long2] + 1, 4] = 0.0
        n = len(ids)
        E = A[:, 0].copy()
        if n > 1:
            E[1:] += A[:-1, 2]
            E[:-1] += A[1:, 3]
        if n > 2:
            E[2:] += A[:-2, 1]
            E[:-2] += A[2:, 4]
        return E

    def add(self, E: np.ndarray, feats: list[list[str]]) -> None:
        add_weights(self.W, self.index, self.unk, E, feats)

    def add_ids(self, E: np.ndarray, flat: list[int], lens: list[int], cols: slice = slice(None)) -> None:
        """E[i] += the summed rows of the i-th group of attribute ids (none empty): what `add`
        does with the features those ids stand for. Only in columns `cols` when given: a
        pass's features need reach only the models that decode after it (each column is
        summed on its own, so the columns kept get the very same sums)."""
        if lens:
            E[:, cols] += group_sums(self.W[:, cols], flat, lens)

    def dynamic_ids(self, words: list[str], gz: list[list[str]] | None,
                    flat: list[int], lens: list[int]) -> None:
        """Append the ids of `FeatureExtractor.dynamic(words, gz)`, token by token, in the
        same order (so `add_ids` gives the same sums as `add`); a bigram's strings are built
        only when the index has a bigram of that pair."""
        n = len(words)
        if not n:
            return
        get, unk, known = self.index.get, self.unk, self._bigrams
        bos2, bos, eos = self._edges
        minus: list[int] = []
        plus: list[int] = []
        for ab in zip(words, words[1:]):
            if hash(ab) in known:
                p = ab[0] + "|" + ab[1]
                minus.append(get("bg-=" + p, unk))
                plus.append(get("bg+=" + p, unk))
            else:
                minus.append(unk)
                plus.append(unk)
        plus.append(eos)
        if gz is None and n > 1:  # no gazetteer hit (most sentences): written out in slices
            tail = [0] * (2 * (n - 2))  # tokens 2 … n-1: (bg- of the pair before, bg+ or EOS)
            tail[0::2] = minus[1:]
            tail[1::2] = plus[2:]
            flat += [bos2, bos, plus[0], bos2, minus[0], plus[1]]
            flat += tail
            lens += [3, 3]
            lens += [2] * (n - 2)
            return
        rows = [[m, q] for m, q in zip(minus, plus[1:])]  # tokens 1 … n-1
        rows.insert(0, [bos2, bos, plus[0]])
        if n > 1:
            rows[1].insert(0, bos2)
        if gz is not None:
            hits = [i for i, g in enumerate(gz) if g]
            for i in sorted({j for h in hits for j in (h - 1, h, h + 1) if 0 <= j < n}):
                f = rows[i]
                if gz[i]:
                    f += [get(x, unk) for x in gz[i]]
                if i >= 1 and gz[i - 1]:
                    f += [get("-1" + x, unk) for x in gz[i - 1]]
                if i + 1 < n and gz[i + 1]:
                    f += [get("+1" + x, unk) for x in gz[i + 1]]
        for f in rows:
            flat += f
            lens.append(len(f))

    def add_guide(self, E: np.ndarray, tags: list[list[str]], words: list[list[str]],
                  cols: slice = slice(None)) -> None:
        """E += the guide-tag features (``FeatureExtractor.guide_features``) of every token
        (in columns `cols` only when given, as `add_ids`).

        Same attribute ids in the same order as ``add(E, guide_features(...))``, so the same
        sums; the three tag-only attributes are looked up once per (prev, tag, next).
        """
        memo = self._gmemo
        known = self._tag_words
        get = self.index.get
        unk = self.unk
        flat: list[int] = []
        for g, ws in zip(tags, words):
            prev = ["BOS", *g[:-1]]
            nxt = [*g[1:], "EOS"]
            for t, p, q, w in zip(g, prev, nxt, ws):
                ids = memo.get((p, t, q))
                if ids is None:
                    ids = memo[(p, t, q)] = (get("G=" + t, unk), get("G-1=" + p + "|" + t, unk),
                                             get("G+1=" + t + "|" + q, unk))
                flat += ids
                flat.append(get("Gw=" + t + "|" + w, unk) if (t, w) in known else unk)
        if flat:
            E[:, cols] += group_sums(self.W[:, cols], flat, [4] * (len(flat) // 4))
