"""A country's short name that begins another country's full name in the same article: "في
الكونغو" in a story that names "جمهورية الكونغو الديمقراطية" is that Congo, not Brazzaville."""
from __future__ import annotations

from rasd.gazetteer.variants import base_key
from rasd.model.record import Entity, Place

# a name that goes on with a direction is a part of the country (SPEC §2.7 region phrases) or a
# country of its own beside it (كوريا الشمالية / الجنوبية): no evidence for the short name
_DIRECTIONS = frozenset(base_key(w) for w in (
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الوسطى"))
_FIELDS = ("name_en", "lat", "lon", "country", "admin1", "admin2", "feature", "gazetteer_id", "geonames_id", "score")


def _words(entity: Entity) -> list[list[str]]:
    """Each mention as base-key words, without a leading "جمهورية" (the full name's descriptor)."""
    out = []
    for m in entity.mentions:
        words = [base_key(w) for w in m.text.split()]
        out.append(words[1:] if words and words[0] == base_key("جمهورية") else words)
    return out


def _continues(short: list[str], full: list[str]) -> bool:
    """Does `full` begin with `short` and go on with words that are no direction?"""
    return (len(full) > len(short) and full[:len(short)] == short
            and not any(w in _DIRECTIONS for w in full[len(short):]))


def short_country_picks(locs: list[Entity], places: list[Place], debug: list[dict]) -> None:
    """Move a country read for a short name to the one country whose longer name, beginning with
    it, the article uses. Must not fire: the short name's own country named otherwise too
    ("الكونغو برازافيل" beside "الكونغو الديمقراطية"), two such countries, a direction."""
    countries = [(e, p) for e, p in zip(locs, places) if p.feature == "country" and p.country]
    if len(countries) < 2:
        return  # (the longer name is another country place of the text)
    for i, (e, p) in enumerate(zip(locs, places)):
        if p.feature != "country" or not p.country:
            continue
        shorts = {tuple(w) for w in _words(e)}
        if len(shorts) != 1:
            continue
        short = list(next(iter(shorts)))
        fulls = [q for f, q in countries if f is not e and q.country != p.country
                 and any(_continues(short, w) for w in _words(f))]
        own = any(q.country == p.country for f, q in countries if f is not e)
        if own or len({q.country for q in fulls}) != 1:
            continue
        for k in _FIELDS:
            setattr(p, k, getattr(fulls[0], k))
        debug[i]["reason"] = f"a short name of the country the article names in full ({fulls[0].name})"
