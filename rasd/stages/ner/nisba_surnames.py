"""A one-word person's chunk, then a family name of nisba shape the tagger left out (audit U60:
"بإقالة عبدالملك المخلافي" gave عبدالملك alone): a definite word in -ي right after the given
name, in no chunk, that the label priors saw as part of persons' names and the name lists give
as no people, place or group ("محمد المصري" is an Egyptian; "أحمد الجبوري" a man's name)."""
from __future__ import annotations

from .mentions import PLACE_TYPES

_NOT_SURNAME = frozenset({"NAT", "ORG"}) | PLACE_TYPES


def nisba_surname_joins(toks, chunks: list[tuple[int, int, str]], person_part, types) -> list[tuple[int, int, str]]:
    """`chunks` with each one-word PER chunk followed by such a word grown over it.
    `person_part(word)`: did the priors see the word often as part of a person's name?"""
    starts = {a for a, _, _ in chunks}
    out = []
    for a, b, lab in chunks:
        if (lab == "PER" and b - a == 1 and b < len(toks) and b not in starts and _nisba(toks[b].norm)
                and not types(toks[b].text) & _NOT_SURNAME and person_part(toks[b].text)):
            b += 1
        out.append((a, b, lab))
    return out


def _nisba(w: str) -> bool:
    return w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w.isalpha()
