"""Probes for the NER rule tests: tokens as the mention rules see them, without a tokenizer."""
from __future__ import annotations

from types import SimpleNamespace


def space_tokens(text: str, hash_apart: bool = False) -> list[SimpleNamespace]:
    """One token per space-separated word, with its offsets in `text`; with `hash_apart`, a "#"
    is a token of its own, as the tokenizer makes it."""
    out, pos = [], 0
    for w in (text.replace("#", " # ") if hash_apart else text).split():
        start = text.index(w, pos)
        out.append(SimpleNamespace(text=w, start=start, end=start + len(w)))
        pos = start + len(w)
    return out
