"""Label priors from unlabelled news: how a word was tagged across millions of other words.

At training time a first CRF (same features, without priors) tags the first few million
tokens of ``unlabeled-ar``; for every word (proclitics and ال stripped) we count the labels it
received.  The counts become features of the final CRFs: a word that the first model tagged
ORG in most of its 40 occurrences in sports news (أرسنال after نادي / فريق) is a likely ORG
even when it never occurs in ANERcorp.  (Ratinov & Roth 2009 call this "extended prediction
history"; here it is computed once, offline, and shipped as ``prior.tsv.gz``.)

File format: a header, then ``key<TAB>n_O n_PER n_ORG n_LOC n_MISC`` (integers).
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

from .clusters import TOKEN_RE  # the same tokens the word clusters were induced on
from .norm import norm, strip_article, strip_proclitics

PRIOR_LABELS = ("O", "PER", "ORG", "LOC", "MISC")
_SENT_END = re.compile(r"(?<=[.!?؟])\s+")
MIN_COUNT = 3  # words seen fewer times carry no prior (too noisy)


def prior_key(tok: str) -> str:
    """The word a prior is kept for: normalised, proclitics and the article stripped."""
    return strip_article(strip_proclitics(norm(tok).lower())[1])


def unlabeled_documents(data_dir: Path, max_tokens: int):
    """Articles of ``unlabeled-ar/news.txt.gz`` as lists of tokenised sentences, in file order,
    until ``max_tokens`` tokens have been read.  Very short and very long sentences are skipped."""
    seen = 0
    path = Path(data_dir) / "unlabeled-ar" / "news.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = []
            for para in line.rstrip("\n").split(" ¶ "):
                for s in _SENT_END.split(para):
                    toks = TOKEN_RE.findall(s)
                    if 3 <= len(toks) <= 120:
                        doc.append(toks)
                        seen += len(toks)
            if doc:
                yield doc
            if seen >= max_tokens:
                return


def count_labels(model, docs) -> dict[str, Counter]:
    """Tag each document with ``model`` (a NerModel) and count labels per prior key."""
    counts: dict[str, Counter] = {}
    for doc in docs:
        for toks, tags in zip(doc, model.tag_document(doc)):
            for w, t in zip(toks, tags):
                k = prior_key(w)
                c = counts.get(k)
                if c is None:
                    c = counts[k] = Counter()
                c[t[2:] if t != "O" else "O"] += 1
    return counts


def save_prior(counts: dict[str, Counter], path: Path, *, min_count: int = MIN_COUNT) -> int:
    rows = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("#key\t" + " ".join(PRIOR_LABELS) + "\n")
        for k in sorted(counts):
            c = counts[k]
            if not k or sum(c.values()) < min_count or "\t" in k:
                continue
            fh.write(k + "\t" + " ".join(str(c.get(lab, 0)) for lab in PRIOR_LABELS) + "\n")
            rows += 1
    return rows


def _bucket(x: float) -> str:
    return "hi" if x >= 0.7 else ("mid" if x >= 0.3 else "lo")


def prior_features(counts: list[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, features for the neighbours' windows) of one word's label counts."""
    n = sum(counts)
    own = tuple(f"up={lab}:{_bucket(k / n)}" for lab, k in zip(PRIOR_LABELS, counts) if k / n >= 0.05)
    top = max(range(len(counts)), key=counts.__getitem__)
    ctx = () if top == 0 and counts[0] / n >= 0.7 else ("upt=" + PRIOR_LABELS[top],)
    return own, ctx


PriorTable = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


def load_prior(path: Path | None) -> PriorTable:
    """key → prior features; {} when the file is absent (models trained without priors)."""
    out: PriorTable = {}
    if path is None or not Path(path).exists():
        return out
    shared: dict = {}  # few distinct feature tuples: share them to keep the table small in RAM
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        fh.readline()
        for line in fh:
            k, _, nums = line.rstrip("\n").partition("\t")
            counts = [int(x) for x in nums.split()]
            if sum(counts) >= MIN_COUNT:
                feats = prior_features(counts)
                out[k] = shared.setdefault(feats, feats)
    return out
