"""A person's chunk the tagger runs over ل + another man's surname (audit U58): "وقال وودورد
لترامب" is Woodward speaking to Trump, "المستشار الاقتصادي لترامب غاري كوهين" is Trump's
adviser Gary Cohn. The surname is one the article writes as the last word of a full name
("دونالد ترامب"), so the ل is a preposition and the word another person's."""
from __future__ import annotations

from .gazetteer import PERSON_TYPES


def dative_cut(toks, a: int, b: int, surnames: set[str], types) -> tuple[int, int]:
    """Token range [a, b) of a person's chunk without ل + a surname of the article at its start
    (when two name words or more follow) or from it on (the words before it are the name).
    The word itself must be no listed person's word (لبيب)."""
    if b - a < 2 or not any(toks[k].norm[:1] == "ل" for k in range(a, b)):
        return a, b
    for k in range(a, b):
        tok = toks[k]
        rest = tok.norm[1:]
        if (tok.norm[:1] != "ل" or len(rest) < 3 or rest not in surnames or types(tok.text) & PERSON_TYPES):
            continue
        if k == a:
            return (a + 1, b) if b - a >= 3 else (a, b)
        return a, k
    return a, b
