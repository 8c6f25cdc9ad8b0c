"""Forces named after a person: the mention is the person (SPEC 2.1).

"قوات صالح", "ميليشيات الحوثي" name forces by their leader; "قوات" is a common noun, like "قوات
الأمن", and not part of a name, while the person inside is one (as a place inside a generic
institution is its own LOC: "حكومة السودان" → السودان). Generic forces themselves ("قوات النظام",
"الجيش التركي") stay as the CRF and the actor lexicon give them: the events stage takes their
actor codes from those mentions.
"""
from __future__ import annotations

from typing import Callable

from .gazetteer import PERSON_TYPES
from .norm import norm

FORCE_NOUNS = frozenset(norm(w) for w in "قوات القوات ميليشيا ميليشيات مليشيا مليشيات".split())
_NOT_PERSON = frozenset({"LOCB", "ORG", "NAT"})


def led_by_person(words: list[str], types: Callable[[str], frozenset[str]]) -> bool:
    """A force noun and one word listed only as a person's name, perhaps with the adjective
    news gives such forces: "قوات صالح", "وقوات هادي", "قوات صالح الانقلابية"."""
    if len(words) == 3 and _epithet(norm(words[2])):
        words = words[:2]
    if len(words) != 2 or _head(norm(words[0])) not in FORCE_NOUNS:
        return False
    found = types(words[1])
    return bool(found & PERSON_TYPES) and not found & _NOT_PERSON


def _head(w: str) -> str:
    """The word without an attached و/ف (+ ب/ل): وقوات → قوات, لقوات → قوات."""
    for n in (0, 1, 2):
        if w[n:] in FORCE_NOUNS and all(c in "وفبل" for c in w[:n]):
            return w[n:]
    return w


def _epithet(w: str) -> bool:
    """A definite relative adjective (normalised, ة → ه): الانقلابيه, الموالية."""
    return w.startswith("ال") and len(w) > 4 and w.endswith(("ي", "يه"))
