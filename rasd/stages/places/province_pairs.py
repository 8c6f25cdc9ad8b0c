"""The story's country from two of its provinces (rasd/stages/places/__init__.py `_add_missing`).

A local story often names no country at all, only its provinces after a preposition: "الإدارة
الجهوية بالمنستير … بالكاف … بالقصرين" (three Tunisian governorates). One such name alone is too
weak (a province's name may be a word, or a town elsewhere), but two different provinces of the
same country, each right after a preposition or with ب/ل glued to it, make that country one the
article is about; `find_missed` then adds them as it adds any province of a country in the news.
"""
from __future__ import annotations

from rasd.gazetteer.base import Gazetteer
from rasd.gazetteer.variants import base_key, canonical
from rasd.stages.places.add import COMMON, PLACE_PREPOSITIONS, STOP, literal_candidates, name_readings
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import cue_words
from rasd.stages.places.recall import FUNCTION_WORDS

_MIN_PROVINCES = 2  # different provinces of one country
_GLUED = ("ب", "ل", "وب", "ول", "فب")  # "بالكاف", "وبالقصرين": a preposition glued to the name


def province_countries(text: str, tc: TextContext, gaz: Gazetteer, countries: set[str]) -> set[str]:
    """Countries (not yet in `countries`) of which the text names two different provinces, each
    after a preposition (a word of add.PLACE_PREPOSITIONS, or ب/ل glued on)."""
    words, cues = tc.words, cue_words()
    seen: dict[str, set[str]] = {}
    for i, (ws, we, wkey) in enumerate(words):
        word = text[ws:we]
        glued = word.startswith(_GLUED) and len(word) >= 5
        after = i > 0 and words[i - 1][2] in PLACE_PREPOSITIONS and text[words[i - 1][1]:ws] == " "
        if not (glued or after) or wkey in COMMON or wkey in STOP or word in FUNCTION_WORDS:
            continue  # cheap checks first: most words follow no preposition
        for surface, s in name_readings(word, ws):
            if glued and not after and s == ws:
                continue  # "بالكاف" read whole is no name: the glued preposition must go
            bk = base_key(surface)
            if bk in COMMON or bk in cues or len(canonical(surface)) < 3:
                continue  # "الساحل", a cue word, or a short name that is also a word
            for c in literal_candidates(gaz, surface):
                if c.feature == "admin1" and c.country and c.country not in countries \
                        and canonical(c.name) == canonical(surface):
                    seen.setdefault(c.country, set()).add(c.id)
    return {country for country, ids in seen.items() if len(ids) >= _MIN_PROVINCES}
