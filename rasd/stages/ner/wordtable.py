"""Precomputed emission rows of frequent words: the resource ``ner-words``.

The first time the tagger sees a word type it builds the word's feature strings and sums
their weights in the three CRFs (~30 µs); afterwards the sums are cached. A process that
tags a few hundred articles spends about a quarter of its NER time on first sightings.
This table holds those sums for the most frequent token forms of unlabelled news, computed
by the same code (`Stack.sum_rows`) from the same model and gazetteer, so a loaded table
gives exactly the scores the model would compute itself. A fingerprint of the model files
and of the gazetteer's content ties the table to them: with any other model or gazetteer
the table is ignored and the words are summed as before.
"""
from __future__ import annotations

import hashlib
import io
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np

RESOURCE = "ner-words"
FILE = "ner_words.npz"
SIZE = 60_000          # word forms in the table (~47 MB of float32 rows)
MIN_COUNT = 3
SAMPLE_TOKENS = 3_000_000  # tokens of unlabelled news counted for the vocabulary


def fingerprint(model_dir: Path, files: Iterable[str], gazetteer_digest: str | None) -> str:
    """sha256 over the model's runtime files (in the given order) and the gazetteer digest."""
    h = hashlib.sha256()
    for name in files:
        p = Path(model_dir) / name
        h.update(name.encode("utf-8") + b"\0")
        h.update(p.read_bytes() if p.exists() else b"-")
    h.update(b"\0gazetteer:" + str(gazetteer_digest).encode("utf-8"))
    return h.hexdigest()


def vocabulary(texts: Iterable[str], *, size: int = SIZE, min_count: int = MIN_COUNT,
               max_tokens: int = SAMPLE_TOKENS) -> list[str]:
    """The `size` most frequent token forms (as the text stage cuts them) of `texts`."""
    from rasd.text.tokenize import tokenize

    counts: Counter[str] = Counter()
    seen = 0
    for text in texts:
        toks = [t.text for t in tokenize(text, clitics=False)]
        counts.update(toks)
        seen += len(toks)
        if seen >= max_tokens:
            break
    return [w for w, c in counts.most_common(size) if c >= min_count]


def compute(model, words: list[str]) -> tuple[np.ndarray, list[tuple[str, str, str]]]:
    """Rows (len(words), 5, columns) and (wd, stem, mem) keys of `words` under `model`."""
    full = [model.features._word(w) for w in words]
    return model.stack.sum_rows(full), [tuple(x[5:8]) for x in full]


def save(path: Path, words: list[str], keys: list[tuple[str, str, str]], rows: np.ndarray,
         fp: str) -> None:
    cols = list(zip(*keys)) if keys else [(), (), ()]
    buf = io.BytesIO()
    np.savez(buf, rows=rows, fingerprint=np.array(fp), words=np.array("\n".join(words)),
             wd=np.array("\n".join(cols[0])), stem=np.array("\n".join(cols[1])),
             mem=np.array("\n".join(cols[2])))
    Path(path).write_bytes(buf.getvalue())


def load(path: Path, fp: str):
    """(words, keys, rows) when the table at `path` was built for fingerprint `fp`, else None."""
    with np.load(path) as z:
        if str(z["fingerprint"]) != fp:
            return None
        words = str(z["words"]).split("\n")
        keys = list(zip(*(str(z[k]).split("\n") for k in ("wd", "stem", "mem"))))
        rows = z["rows"]
    if len(words) != len(keys) or len(words) != len(rows):
        return None
    return words, keys, rows
