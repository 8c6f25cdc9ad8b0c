"""Per-token-text memos for the rule layers' first tests.

Many rules begin by testing every token of a document for a small class of words (role
nouns, spokesman words, place words); most tokens are none. The test depends only on the
token's text, and texts repeat across a document and across documents, so its answer is kept
per text in a plain dict: a document then costs one dict look-up per token (``map(memo.get,
…)``, no Python call), and the test runs only for texts not seen before.
"""
from __future__ import annotations

from itertools import compress
from typing import Callable, TypeVar

V = TypeVar("V")

MEMO_MAX = 200_000  # texts kept per memo before it starts afresh (bounded memory)


def memo_map(texts: list[str], memo: dict[str, V], fn: Callable[[str], V]) -> list[V]:
    """[fn(t) for t in texts], each text's value computed once and kept in `memo` (fn must
    not return None: None marks a text not yet seen)."""
    if len(memo) > MEMO_MAX:
        memo.clear()
    out = list(map(memo.get, texts))
    if None in out:
        for i in [i for i, v in enumerate(out) if v is None]:
            t = texts[i]
            v = memo.get(t)  # (a text new to the memo may occur twice)
            out[i] = memo[t] = fn(t) if v is None else v
    return out


def flagged(texts: list[str], memo: dict[str, bool], test: Callable[[str], bool]) -> list[int]:
    """Indices of the texts that pass `test`, in order (`memo_map` of a yes/no test)."""
    return list(compress(range(len(texts)), memo_map(texts, memo, test)))
