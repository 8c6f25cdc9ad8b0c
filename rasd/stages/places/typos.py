"""A country's official name with a typo ("الجمهورية اليمنة"): found by fuzzy match behind the
head word of an official name."""
from __future__ import annotations

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, canonical
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places.add import STOP
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import nisba
from rasd.stages.places.recall import PUNCT

_OFFICIAL_HEADS = {base_key(w) for w in ("الجمهورية", "المملكة", "الإمارات", "دولة", "سلطنة")}
_TYPO_SIM = 94.0  # one letter off a 12-letter key; "الجمهورية الثانية" vs Albania is 92


def official_typos(text: str, tc: TextContext, gaz: Gazetteer, entities: list[Entity]) -> list[Span]:
    """A country's official name with a typo ("الجمهورية اليمنة"): the head word of an official
    name and the next one or two words, when they are that close (fuzzy ≥ 94) to a country's
    name and no entity covers them. The head makes it a name; the country makes it a place."""
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    words = tc.words
    out: list[Span] = []
    for k in [k for k, w in enumerate(tc.keys) if w in _OFFICIAL_HEADS]:
        ws = words[k][0]
        for n in (3, 2):
            if k + n > len(words) or PUNCT.search(text[ws:words[k + n - 1][1]]):
                continue
            if any(words[j][2] in STOP for j in range(k + 1, k + n)):
                continue  # a country's name goes on with no preposition: "حركة الجمهورية إلى الأمام"
            end = words[k + n - 1][1]
            if any(ws < b and a < end for a, b in taken):
                break
            key = canonical(text[ws:end])
            if gaz.candidates(key, limit=1) or len(key) < 8 or words[k + 1][2] in nisba():
                break  # spelt right (the well-known scan's business), or "رئيس الجمهورية اليمني"
            near = [(nk, sim) for nk, sim in gaz.near_keys(key, limit=3) if sim >= _TYPO_SIM]
            if any(c.feature == "country" for nk, _s in near for c in gaz.candidates(nk, limit=5)):
                out.append(Span(ws, end, text[ws:end]))
                taken.append((ws, end))
                break
    return out
