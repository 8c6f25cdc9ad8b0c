""""العاصمة الكورية الجنوبية سول": the name after "العاصمة" and a nationality adjective is that
country's capital, whatever spelling the text uses — when the gazetteer does not know the
name in that country."""
from __future__ import annotations

from rasd.gazetteer.base import Candidate
from rasd.gazetteer.countries import capital_cities
from rasd.model.record import Entity
from rasd.model.span import Span
from rasd.stages.places.context import TextContext
from rasd.stages.places.lexicons import nisba, strip_proclitic

_CAPITAL_WORDS = {"العاصمه": "", "عاصمه": ""}  # base keys, behind proclitics (بالعاصمة)
_RELABELED = ("ORG", "MISC")  # (a person is not named right after "the Korean capital")


def capital_country(tc: TextContext, start: int) -> str | None:
    """ISO2 of the country when "العاصمة + its adjective (+ الجنوبية/الشمالية)" stands right
    before `start`, else None."""
    prev = tc.before(start, 3)  # nearest first
    table = nisba()
    if len(prev) >= 3 and f"{prev[1]} {prev[0]}" in table and _capital_word(prev[2]):
        return table[f"{prev[1]} {prev[0]}"]  # "العاصمة الكورية الجنوبية"
    if len(prev) >= 2 and prev[0] in table and _capital_word(prev[1]):
        return table[prev[0]]
    return None


def _capital_word(key: str) -> bool:
    return strip_proclitic(key, _CAPITAL_WORDS) is not None


def capital_mentions(tc: TextContext, entities: list[Entity]) -> list[Span]:
    """ORG/MISC mentions of one or two words right after "العاصمة + adjective" (the tagger's
    "سول" as ORG): taken out of their entity (an entity left empty is dropped) and returned,
    to become places."""
    out: list[Span] = []
    for e in entities:
        if e.label not in _RELABELED:
            continue
        keep = []
        for m in e.mentions:
            hit = len(m.text.split()) <= 2 and capital_country(tc, m.start) is not None
            (out if hit else keep).append(m)
        e.mentions = keep
    entities[:] = [e for e in entities if e.mentions]
    return out


def capital_candidate(iso: str, name: str) -> Candidate | None:
    """The capital of `iso` as a candidate under the text's spelling `name` (GeoNames' point)."""
    city = capital_cities().get(iso)
    if city is None:
        return None
    return Candidate(id=f"gn:{city['geonameid']}", name=name, name_en=city["name"], lat=city["latitude"],
                     lon=city["longitude"], country=iso, admin1=None, admin2=None, feature="city",
                     population=int(city.get("population") or 0), geonames_id=int(city["geonameid"]))
