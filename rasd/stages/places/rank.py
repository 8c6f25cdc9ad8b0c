"""Candidates for a toponym and the ranker that picks one (or none) using the article's context.

The score is a sum of readable parts (prior, match, cue, country, admin, proximity) so
`rasd places` can print why a candidate won. Weights are set by hand on invented examples
and checked on gold-dev; they are not fitted.
"""
from __future__ import annotations

import math
from operator import attrgetter
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.gazetteer.base import Candidate, Gazetteer, haversine_km
from rasd.gazetteer.countries import country_points
from rasd.gazetteer.variants import base_key, canonical, clitic_variants, compact, query_keys
from rasd.stages.places.context import MentionContext

FEATURE_PRIOR = {"country": 5.0, "admin1": 2.0, "city": 2.0, "town": 1.0, "admin2": 0.8, "village": 0.3,
                 "natural": 0.8, "region": 1.0, "facility": 0.3, "neighbourhood": 0.0}
ADMIN = ("admin1", "admin2")
SETTLEMENT = ("city", "town", "village")
# a settlement or a quarter of one: what lies at a point a bearing, a "nearby" or a partner
# town is measured from (not an area: admin1/admin2, region)
LOCALITIES = SETTLEMENT + ("neighbourhood",)
# Cue kind → features it favours (+) and disfavours (−).
CUE_FIT = {
    "admin1": ({"admin1": 4.0, "admin2": 1.5}, {"village": -2.0, "city": -1.0, "town": -1.5}),
    "admin2": ({"admin2": 3.0, "town": 1.0, "city": 0.5}, {"country": -2.0}),
    "city": ({"city": 1.5, "town": 1.5, "village": 0.5}, {"admin1": -2.5, "admin2": -2.5, "country": -3.0}),
    "town": ({"town": 1.5, "village": 1.5, "city": 0.5}, {"admin1": -2.5, "admin2": -2.0, "country": -3.0}),
    "village": ({"village": 2.0, "town": 1.0}, {"admin1": -2.5, "admin2": -2.0, "country": -3.0, "city": -1.0}),
    "neighbourhood": ({"neighbourhood": 2.5, "village": 0.5},
                      {"country": -3.0, "admin1": -2.5, "admin2": -2.5, "city": -1.0, "town": -0.5}),
    "facility": ({"facility": 1.5, "village": 1.0, "city": 0.5}, {"country": -2.0}),
    "natural": ({"natural": 2.5}, {"country": -2.0}),
    "region": ({"admin1": 1.5, "city": 0.5, "neighbourhood": 0.5, "village": 0.5}, {}),
    "fled": ({"city": 1.0, "town": 1.0, "village": 1.0, "neighbourhood": 0.5}, {}),
}
SITES = ("facility", "natural")
NAMED_SITE = 1.0  # a site listed under the cue word and the name together
MIN_SCORE = 1.0
FAR_KM = 150.0
OWN_NAME = 0.5  # the place's own name, not an alias it shares
PROVINCE_RATIO = 20
SMALL_TOWN = 30_000
BIG_CITY = 500_000  # people: a city known beyond its country's news
# Settler countries whose towns are named after Old-World cities, and whose GeoNames entries
# carry the Arabic name of the city they were named after (Mesquite, Texas is "موسكو"):
# a mention of the country alone does not make them the likely reading.
NAMESAKE_COUNTRIES = frozenset({"US", "CA", "AU", "NZ"})
FAMOUS_CITY = 100_000
HOME_SHARE = 0.05  # a country this much of the article's evidence makes its big city the reading
NAMESAKE = -2.5
_LOCAL = ("cue", "own-adjective", "dateline")
_COUNTRY_LEVEL = ("adjective", "dateline-country")
ALIAS = -1.5
ELSEWHERE_ALONE = -1.5  # a country part this low: the story is about other countries
FAR_ABROAD_KM = 1500.0


@dataclass(slots=True)  # (made per candidate in the hot loop: slots make it and its reads cheaper)
class Scored:
    cand: Candidate
    score: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        if value:
            self.parts[name] = self.parts.get(name, 0.0) + value
            self.score += value


def lookup(gaz: Gazetteer, mention: str, *, limit: int = 50) -> list[Candidate]:
    """Candidates for a mention: literal key, canonical key, clitic-stripped, then fuzzy."""
    out: dict[str, Candidate] = {}
    for i, key in enumerate(query_keys(mention)):
        for c in gaz.candidates(key, limit=limit):
            if c.id not in out:  # (not setdefault: that would copy the candidate every time)
                out[c.id] = c.with_match("exact" if i == 0 else "variant", key=key)
    if out:
        return list(out.values())
    for dropped, rest in clitic_variants(mention):
        # nothing dropped: the article of a contracted لل put back, the name itself
        match = "clitic" if dropped else "exact"
        for key in query_keys(rest):
            for c in gaz.candidates(key, limit=limit):
                if c.id not in out:
                    out[c.id] = c.with_match(match, key=key)
        if out:
            return list(out.values())
    key = canonical(mention)
    if len(key) >= 5:
        for near, sim in gaz.near_keys(key, limit=3):
            if sim >= 88:
                for c in gaz.candidates(near, limit=limit):
                    out.setdefault(c.id, c.with_match("fuzzy", sim, key=near))
    return list(out.values())


@lru_cache(maxsize=65536)
def _static_parts(_id: str, feature: str, population: int, match: str, key: str, name: str,
                  similarity: float) -> tuple[float, tuple[tuple[str, float], ...]]:
    """The context-free parts of a candidate's score, computed once per candidate reading."""
    p = FEATURE_PRIOR.get(feature, 0.0) + _POP_WEIGHT * math.log10(1 + max(population, 0))
    # at most one part besides the prior; zero parts are left out, and the total is their sum
    # in this order (as sum() of the kept parts made it)
    if match == "exact":
        # the place's own name, not an alias it shares (a WOF province that lists its capital's name)
        extra = ("own-name", OWN_NAME) if key == compact(base_key(name)) else None
    elif match == "variant":
        extra = ("match", -0.2)
    elif match == "clitic":
        extra = ("match", -1.0)
    elif match == "fuzzy":
        extra = ("match", -2.0 - (100 - similarity) / 5)
    else:
        extra = None
    kept = (("prior", p),) if p else ()
    total = p if p else 0  # (an int 0 when nothing is kept, as sum() of no parts)
    if extra is not None and extra[1]:
        kept += (extra,)
        total += extra[1]
    return total, kept


def prior(c: Candidate) -> float:
    return FEATURE_PRIOR.get(c.feature, 0.0) + _POP_WEIGHT * math.log10(1 + max(c.population, 0))


_POP_WEIGHT = 0.45


@dataclass
class DocEvidence:
    countries: dict[str, float] = field(default_factory=dict)   # ISO2 → weight share 0..1 (named places)
    adjectives: set[str] = field(default_factory=set)           # ISO2 of nationality adjectives (السورية)
    dateline_country: str | None = None
    dateline_entity: str | None = None
    admin1: set[str] = field(default_factory=set)               # English admin1 names in play
    states: set[str] = field(default_factory=set)               # … of the provinces named themselves
    anchors: list[tuple] = field(default_factory=list)  # (lat, lon, entity id, lookup key, ISO2)


_SCORE = attrgetter("score")


def score(cands: list[Candidate], ctx: MentionContext, ev: DocEvidence, *, entity_id: str = "") -> list[Scored]:
    # all candidates share the looked-up name, so a sizeable settlement of that name in a
    # country makes the province/district reading of the bare name the less likely one
    settled: dict[str, int] = {}
    # the biggest city of the name outside the settler countries (Moscow, not Moscow, Idaho)
    famous = None
    # (feature, country) of the candidates that bear the name as their own: a unit of the same
    # kind that only lists it among its aliases is a data slip (WOF's Sanaa governorate lists تعز)
    owners = set()
    statics = [_static_parts(c.id, c.feature, c.population, c.match, c.key, c.name, c.similarity) for c in cands]
    for c, (_t, st) in zip(cands, statics):  # (one pass for the three: the hot path)
        feature, pop = c.feature, c.population
        if feature in SETTLEMENT and pop >= 5000 and pop > settled.get(c.country, 0):
            settled[c.country] = pop
        if feature == "city" and c.country and c.country not in NAMESAKE_COUNTRIES and (famous is None or pop > famous):
            famous = pop
        if st and st[-1][0] == "own-name":
            owners.add((feature, c.country))
    famous = famous if famous is not None else 0
    # context that is the same for every candidate, hoisted out of the loop (the hot path)
    plus, minus = CUE_FIT.get(ctx.cue, ({}, {})) if ctx.cue else ({}, {})
    unit_ok = ctx.cue not in ("admin1", "admin2", "region")
    elsewhere = -(0.5 + 2.0 * max(ev.countries.values())) if ev.countries else 0.0
    anchors = [(a, b, k, cc) for a, b, e, k, cc in ev.anchors if e != entity_id]
    out = []
    countries, adjectives, admin1 = ev.countries, ev.adjectives, ev.admin1
    home = ev.dateline_country if ev.dateline_country and ev.dateline_entity != entity_id else None
    # an adjective no candidate agrees with ("فيلق القدس الإيراني") describes something else
    own_adj = ctx.adjective if ctx.adjective and any(c.country == ctx.adjective for c in cands) else None
    # the main country of the article has a big city of this name: a country named alike with
    # no support in the article is the lesser reading (عمان in a Jordan story is Amman, not Oman)
    main = max(countries, key=countries.get) if countries else None
    # (or a country the article names besides: "مؤتمر صحافي في عمان" in a story about Jordan
    # and Syria)
    # (or a country only its nationality adjective names: "محكمة أمن الدولة الأردنية … سفارات
    # روسيا وإيران في عمان", audit U52; the country reading keeps its own adjective's support)
    big_city_home = (main is not None or bool(adjectives)) and any(
        c.feature == "city" and c.population >= BIG_CITY
        and (c.country in adjectives or main is not None
             and countries.get(c.country, 0) >= (0.3 if c.country == main else HOME_SHARE)) for c in cands)
    cue, cue_word, dateline = ctx.cue, ctx.cue_word, ctx.dateline  # (read once, not per candidate)
    for c, (total, static) in zip(cands, statics):
        # each context part is added at most once, after the static ones: `Scored.add`
        # inlined (the hot loop), a zero part left out as it leaves it out
        parts = dict(static)
        feature, country = c.feature, c.country
        if (owners and (feature, country) in owners and "own-name" not in parts and feature in ADMIN
                and c.key not in compact(base_key(c.name))):  # (مدينة نصر under نصر is its own)
            parts["alias"] = ALIAS
            total += ALIAS
        # A bare name shared by a city and its province means the city (حمص, الرقة, إدلب).
        # … unless the province dwarfs a small town (لحج: 720k people, its town 23k)
        if unit_ok and feature in ADMIN and country in settled and (
                feature != "admin1" or settled[country] >= SMALL_TOWN
                or c.population <= PROVINCE_RATIO * settled[country]):
            v = parts["city-first"] = -3.0 if feature == "admin1" else -3.5
            total += v
        if cue:
            v = plus.get(feature, 0.0) + minus.get(feature, 0.0)
            if feature in SITES and cue_word and compact(base_key(c.name)) == compact(cue_word + c.key):
                v += NAMED_SITE  # "مطار النيرب" is the gazetteer's airport, not the village
            if v:
                parts["cue"] = v
                total += v
        elif feature in SITES and "own-name" in parts and " " in c.name.strip():
            # "المسجد الأقصى", "قاعدة العند": the mention is a site's whole name, head word and
            # all, as the cue and the name together make it above (no country vote by itself:
            # evidence.first_pass_evidence)
            parts["named-site"] = NAMED_SITE
            total += NAMED_SITE
        if dateline:
            v = 2.5 if feature in SETTLEMENT else (-3.0 if feature == "country" else 0.0)
            if v:
                parts["dateline"] = v
                total += v
        if (big_city_home and feature == "country" and country not in countries
                and country not in adjectives and country != home):
            parts["unsupported-country"] = -3.0
            total -= 3.0
        if own_adj and country:
            # "فلوريدا الأمريكية", "طرابلس اللبنانية": the adjective right after the name says
            # its country, whatever the rest of the article is about
            v = parts["own-adjective"] = 3.0 if country == own_adj else -2.0
            total += v
        elif country in adjectives:
            parts["adjective"] = 1.0
            total += 1.0
        w = countries.get(country or "", 0.0)
        if w:
            v = 1.0 + 2.0 * w
        elif elsewhere and feature != "country" and not ("named-site" in parts and len(cands) == 1):
            # the more one country dominates the article, the less likely a place elsewhere
            # (big cities are known beyond their country's news: a lighter penalty; a landmark
            # named whole with no namesake is no reading to weigh: "المسجد الأقصى" in a story
            # about Israel)
            v = elsewhere * (0.3 if c.population >= 100_000 else 1.0)
        else:
            v = 0.0
        if v:
            parts["country"] = v
            total += v
        if home and country == home:
            parts["dateline-country"] = 1.0
            total += 1.0
        if c.admin1 and c.admin1 in admin1 and feature not in ("admin1", "country"):
            parts["admin1"] = 1.0
            total += 1.0
        s = Scored(c, total, parts)
        if anchors and c.lat is not None and feature != "country":
            ds = [(haversine_km(c.lat, c.lon, a, b), cc) for a, b, k, cc in anchors if k != c.key]
            if ds:
                d = min(ds)[0]
                s.add("near", 1.5 if d < 30 else 1.0 if d < 100 else 0.3 if d < 300 else 0.0)
                # a hamlet far from all the story's other places, where the story has places in
                # its country or none (Bardo in a Tunisia story whose towns are abroad is kept)
                if (d > FAR_KM and feature in ("village", "neighbourhood") and c.population < 1000
                        and (country not in countries or any(cc == country for _x, cc in ds))):
                    s.add("far", -0.5)
        if (famous >= FAMOUS_CITY and country in NAMESAKE_COUNTRIES and feature in SETTLEMENT
                and c.population < famous and s.parts.get("near", 0.0) < 1.0 and c.admin1 not in ev.states
                and not any(s.parts.get(k, 0.0) > 0 for k in _LOCAL)):
            # Moscow, Geneva, London: only the namesake's own state named in the article, a
            # cue or a place near it makes the American or Canadian town the one meant (a city
            # of the same state, New York for Geneva NY, is not enough)
            s.add("namesake", NAMESAKE)
            # the American adjective and dateline are the same country-level evidence the guard
            # discounts ("السفيرة الأمريكية … في جنيف" under a Washington dateline is Geneva, CH)
            for k in _COUNTRY_LEVEL:
                s.score -= s.parts.pop(k, 0.0)
        out.append(s)
    out.sort(key=_SCORE, reverse=True)  # (stable, as a sort on -score is)
    return out


def _far_abroad(c: Candidate, ev: DocEvidence) -> bool:
    """The candidate lies over FAR_ABROAD_KM from the point of every country the story names."""
    if c.lat is None or c.lon is None:
        return False
    points = country_points()
    ds = [haversine_km(c.lat, c.lon, *points[k]) for k in ev.countries if k in points]
    return bool(ds) and min(ds) > FAR_ABROAD_KM


def with_admin1(ranked: list[Scored], cands: list[Candidate], admin1: set[str]) -> bool:
    """`score` again when the only new evidence is a set of provinces: the earlier ranking plus
    the admin1 part, re-sorted as `score` sorts (by score, then candidate order). Exact, and
    much cheaper than scoring anew (the second pass of a one-toponym text). Updates `ranked`
    in place; says whether any candidate gained the part (else `ranked` is as it was)."""
    hit = False
    for s in ranked:  # in place: the first pass's lists are not used again
        c = s.cand
        if c.admin1 and c.admin1 in admin1 and c.feature not in ("admin1", "country"):
            s.add("admin1", 1.0)
            hit = True
    if hit:
        order = {id(c): i for i, c in enumerate(cands)}
        ranked.sort(key=lambda x: (-x.score, order.get(id(x.cand), 0)))
    return hit


def choose(ranked: list[Scored], ev: DocEvidence) -> tuple[Scored | None, str]:
    """The winner, or None with the reason when the evidence is too weak."""
    if not ranked:
        return None, "no candidates"
    best = ranked[0]
    if best.score < MIN_SCORE:
        return None, f"best score {best.score:.2f} < {MIN_SCORE}"
    c = best.cand
    # the parts that speak for the reading: every test below asks which are positive
    pos = {k for k, v in best.parts.items() if v > 0}
    supported = not pos.isdisjoint(("country", "adjective", "near", "admin1", "cue", "dateline"))
    if c.feature in ("village", "neighbourhood") and c.population < 1000 and not supported:
        return None, "small place with no supporting context"
    if "far" in best.parts and pos.isdisjoint(("cue", "admin1", "dateline")):
        # a namesake hamlet hundreds of km from the story's other places, with only the
        # country to back it ("مطار تعز والحوبان" is not al-Hawban of Amran)
        return None, f"small place over {FAR_KM:.0f} km from the article's other places"
    if c.match == "fuzzy" and not supported and not (c.feature == "country" and c.similarity >= 94):
        # (a country's name one letter off stands alone: "الجمهورية اليمنة")
        return None, "fuzzy match with no supporting context"
    # a near-miss, or a place abroad read through a variant, needs the story's own support: a
    # cue word says only what kind of place follows, and the candidate's own province votes
    # for itself ("مدينة شيانغ راي" is not Shenyang, "منطقة أيزير" not Isiro in Congo)
    strong = not pos.isdisjoint(("country", "adjective", "own-adjective", "near", "dateline"))
    abroad = best.parts.get("country", 0) < 0 and c.match != "exact"
    if (c.match == "fuzzy" or abroad) and not strong and c.feature != "country":
        return None, "near-miss or variant abroad with no country, adjective, neighbour or dateline support"
    if (c.match == "variant" and c.country in NAMESAKE_COUNTRIES and c.feature in ("village", "town")
            and pos.isdisjoint(("cue", "adjective", "own-adjective", "near", "dateline", "admin1"))):
        # "معركة الدردنيل" is no Dardanelle, Arkansas: GeoNames spells settler towns after
        # Old-World names, and a spelling variant with only the country's share behind it is
        # a guess (none of these beats a wrong village, SPEC §2.2)
        return None, "a settler-country town read through a spelling variant, with no support of its own"
    # (a province abroad gets the big-city share of the penalty; one whose name is first its
    # town's — the town itself too far to stand — is marked by any penalty: Kebili of Tunisia
    # for "نزاع قبلي" in a South Sudan story. Daraa or the Gaza Strip named in a story about
    # other countries have no town-first part and stay)
    country = best.parts.get("country", 0)
    low = country <= ELSEWHERE_ALONE or (c.feature == "admin1" and country < 0 and "city-first" in best.parts)
    if low and not strong and c.feature not in ("country", "natural", "facility") and _far_abroad(c, ev):
        # a namesake far from every country the story names (Salisbury, Maryland in the
        # Skripal story; a Derna quarter read as a town in Israel): its own province and a cue
        # word are no evidence for it ("عين العرب على الحدود مع تركيا" is near Turkey: kept)
        return None, f"a place over {FAR_ABROAD_KM:.0f} km from the story's countries, with no support of its own"
    if c.feature == "admin1" and country < 0 and not strong and _home_namesake(ranked):
        # "ومنطقة المرج ومسرابا … في الغوطة الشرقية" is no province of Libya, a country the story
        # never names: its own country has a place of that name, though maybe not this one
        # (none of these beats a wrong place, SPEC §2.2)
        return None, "a province abroad with no support of its own; the story's country has a namesake"
    return best, "top score"


def _home_namesake(ranked: list[Scored]) -> bool:
    """Does a reading in one of the story's countries share the name?"""
    return any(s.parts.get("country", 0) > 0 for s in ranked[1:])
