"""Word clusters induced by rasd from unlabelled Arabic news (``unlabeled-ar``).

Method (cheap, numpy/scipy only): positional co-occurrence counts (left/right 1 and 2)
against the most frequent context words → PPMI → truncated SVD → L2-normalised vectors →
k-means at several granularities.  Each word gets one cluster id per granularity; the CRF
uses them like Brown-cluster prefixes.  The output is a small TSV committed as model
weights (``rasd/models/ner/clusters.tsv.gz``).
"""
from __future__ import annotations

import gzip
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from .norm import norm

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_DIGITS = re.compile(r"\d")


def cluster_key(tok: str) -> str:
    return _DIGITS.sub("0", norm(tok).lower())


def _iter_articles(data_dir: Path, max_words: int | None):
    files = [data_dir / "unlabeled-ar" / "news.txt.gz", data_dir / "unlabeled-ar" / "news-nc.txt.gz"]
    seen = 0
    for f in files:
        if not f.exists():
            continue
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                for para in line.rstrip("\n").split(" ¶ "):
                    toks = [cluster_key(t) for t in TOKEN_RE.findall(para)]
                    seen += len(toks)
                    yield toks
                if max_words and seen >= max_words:
                    return


def induce(data_dir: Path, out: Path, *, max_words: int | None = None, min_count: int = 8,
           n_ctx: int = 8000, dim: int = 160, ks: tuple[int, ...] = (64, 256, 1024),
           seed: int = 13, log=print) -> dict:
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.utils.extmath import randomized_svd

    t0 = time.time()
    paras = []
    counts: Counter[str] = Counter()
    for toks in _iter_articles(data_dir, max_words):
        counts.update(toks)
        paras.append(toks)
    n_tokens = sum(counts.values())
    log(f"clusters: read {n_tokens:,} tokens, {len(counts):,} types in {time.time()-t0:.0f}s")
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    log(f"clusters: vocab {V:,} (min_count={min_count}), contexts {n_ctx}")
    # id stream with -1 for OOV and -2 as paragraph boundary
    ids_list = []
    get = index.get
    for toks in paras:
        ids_list.append(np.array([get(t, -1) for t in toks] + [-2, -2], dtype=np.int32))
    del paras
    ids = np.concatenate(ids_list)
    del ids_list
    rows_all, cols_all = [], []
    for slot, d in enumerate((-2, -1, 1, 2)):
        if d < 0:
            a, b = ids[-d:], ids[:d]
        else:
            a, b = ids[:-d], ids[d:]
        m = (a >= 0) & (b >= 0) & (b < n_ctx)
        rows_all.append(a[m])
        cols_all.append(b[m] + slot * n_ctx)
    rows = np.concatenate(rows_all)
    cols = np.concatenate(cols_all)
    M = sparse.coo_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                          shape=(V, 4 * n_ctx)).tocsr()
    M.sum_duplicates()
    log(f"clusters: co-occurrence nnz {M.nnz:,} in {time.time()-t0:.0f}s")
    total = M.sum()
    row_sum = np.asarray(M.sum(axis=1)).ravel()
    col_sum = np.asarray(M.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    row_p = row_sum / total
    M = M.tocoo()
    pmi = np.log((M.data / total) / (row_p[M.row] * col_p[M.col]))
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep].astype(np.float32), (M.row[keep], M.col[keep])), shape=M.shape)
    U, S, _ = randomized_svd(P, n_components=dim, n_iter=4, random_state=seed)
    X = U * np.sqrt(S)
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-9
    log(f"clusters: SVD done in {time.time()-t0:.0f}s")
    labels = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
        labels.append(km.fit_predict(X))
        log(f"clusters: k={k} done in {time.time()-t0:.0f}s")
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("#word\t" + "\t".join(f"k{k}" for k in ks) + "\n")
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    stats = {"tokens": int(n_tokens), "vocab": V, "ks": list(ks), "seconds": round(time.time() - t0)}
    log(f"clusters: wrote {out} {stats}")
    return stats


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        fh.readline()  # the "#word k64 k256 k1024" header
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return out
