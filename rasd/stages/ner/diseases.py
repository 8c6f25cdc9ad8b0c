"""A disease named for its discoverer is no person (audit U60): "مرض باركنسون", "مريض
باركنسون", "متلازمة داون", "داء كرون" name an illness, though the word after the disease noun
is a surname the tagger reads as a man. Only where the article never writes the word otherwise:
"مرض بوتفليقة" beside "الرئيس عبد العزيز بوتفليقة" is the president's illness."""
from __future__ import annotations

from .norm import norm

# nouns of an illness or of its patients that a discoverer's name follows in construct
_DISEASE_NOUNS = frozenset(norm(w) for w in "مرض مريض مرضى داء متلازمة".split())


def _disease_noun(word: str) -> bool:
    w = norm(word)
    return w in _DISEASE_NOUNS or (len(w) > 3 and w[0] in "وبلف" and w[1:] in _DISEASE_NOUNS)


def disease_eponyms(toks, chunks: list[tuple[int, int, str]]) -> set[str]:
    """Normalised words of the one-word person chunks that follow a disease noun every time the
    article names them, and that are no last word of a longer person's chunk."""
    ones = [(a, toks[a].norm) for a, b, lab in chunks if lab == "PER" and b - a == 1]
    after = {w for a, w in ones if a > 0 and _disease_noun(toks[a - 1].text)}
    if not after:
        return after
    elsewhere = {w for a, w in ones if not (a > 0 and _disease_noun(toks[a - 1].text))}
    longer = {toks[b - 1].norm for a, b, lab in chunks if lab == "PER" and b - a >= 2}
    return after - elsewhere - longer
