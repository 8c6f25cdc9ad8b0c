"""Readings the text pins to a place it names beside them: "قرية المالكية القريبة منها" lies
near the town named just before it, not at a namesake 370 km away."""
from __future__ import annotations

import re

from rasd.gazetteer.base import haversine_km
from rasd.model.record import Entity, Place
from rasd.stages.places.evidence import sentence_start
from rasd.stages.places.rank import LOCALITIES, Scored

# "القريبة", "المجاورة" (منها/له/من …) right after a name
_NEARBY = re.compile(r'[\s"»”]+(?:ال)?(?:قريب|مجاور)(?:ة|تين|تان|ين|ان)?(?=[\s،.:؛"»”]|$)')
_OF = re.compile(r"\s+(?:من|ل)(?:\s+|(?=\S))(?:(?:مدينة|بلدة|قرية|حي|منطقة)\s+)?")
_ANCHORS = LOCALITIES + ("admin2",)
_NEARBY_KM = 50.0  # "nearby": a candidate farther than this from the anchor is no neighbour


def nearby_picks(text: str, locs: list[Entity], places: list[Place],
                 ranked: list[list[Scored]]) -> dict[int, Scored]:
    """Index → the candidate to take instead, for places said to be near another: "X القريبة
    (منها)" after a place named earlier in the sentence, or "X القريبة من Y". The candidate of
    X's name nearest to that place wins when it lies within 50 km of it and the pick does not.
    Kept: a country or province pick ("سوريا المجاورة": no settlement), a pick already near,
    and any X with no candidate near the anchor (the text's anchor may be the wrong one)."""
    starts = {m.start: (i, p) for i, (e, p) in enumerate(zip(locs, places)) for m in e.mentions}
    out: dict[int, Scored] = {}
    for i, (e, p) in enumerate(zip(locs, places)):
        if p.lat is None or p.feature not in LOCALITIES:
            continue
        for m in e.mentions:
            anchor = _anchor(text, m.start, m.end, i, locs, places, starts)
            if anchor is None:
                continue
            best = _nearest(ranked[i], anchor)
            if best is not None and haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) > _NEARBY_KM:
                out[i] = best
            break
    return out


def _anchor(text: str, start: int, end: int, i: int, locs: list[Entity], places: list[Place],
            starts: dict[int, tuple[int, Place]]) -> Place | None:
    near = _NEARBY.match(text, end)
    if near is None:
        return None
    of = _OF.match(text, near.end())
    if of is not None and of.end() in starts:  # "القريبة من اعزاز": the anchor is named after
        j, q = starts[of.end()]
        return q if j != i and q.lat is not None and q.feature in _ANCHORS else None
    lo = sentence_start(text, start)
    before = [(m.start, q) for j, (e, q) in enumerate(zip(locs, places)) if j != i and q.lat is not None
              and q.feature in _ANCHORS for m in e.mentions if lo <= m.start < start]
    return max(before, key=lambda x: x[0])[1] if before else None


def _nearest(ranked: list[Scored], anchor: Place) -> Scored | None:
    near = [(haversine_km(s.cand.lat, s.cand.lon, anchor.lat, anchor.lon), s) for s in ranked
            if s.cand.lat is not None and s.cand.feature in LOCALITIES and s.cand.match in ("exact", "variant")]
    near = [x for x in near if x[0] <= _NEARBY_KM]
    return min(near, key=lambda x: x[0])[1] if near else None


_LIST_GAP = re.compile(r"\s*(?:،\s*و?|و)\s*$|\s+و$")
_LIST_KM = 60.0  # members of a list of villages lie this close together
_LIST_FAR_KM = 60.0  # a member read this far from the others is a namesake


def list_picks(text: str, locs: list[Entity], places: list[Place], ranked: list[list[Scored]],
               ctxs: list) -> dict[int, Scored]:
    """Index → the candidate to take instead, for a member of a list of places ("هاجم قرى
    الشبكي والشريحي … وتيما ودوما") read over 60 km from the others, when at least two other
    members lie within 60 km of each other and the member has a namesake within 50 km of them:
    news lists neighbouring villages together (دوما of Sweida, not Douma of Damascus). Kept: a
    member cued as a city ("ومدينة دوما"), a spread list ("دمشق وحلب وحمص"), a member with no
    namesake near the others."""
    out: dict[int, Scored] = {}
    for i, members in _listed(text, locs, out):
        p = places[i]
        if p.lat is None or p.feature not in LOCALITIES or ctxs[i].cue == "city":
            continue
        others = [places[j] for j in members if j != i and places[j].lat is not None
                  and places[j].feature in LOCALITIES and places[j].feature != "city"]
        if len(others) < 2 or not _tight(others):
            continue
        lat = sum(q.lat for q in others) / len(others)
        lon = sum(q.lon for q in others) / len(others)
        if haversine_km(p.lat, p.lon, lat, lon) <= _LIST_FAR_KM:
            continue
        centre = Place(id="", entity=None, name="", lat=lat, lon=lon)
        best = _nearest(ranked[i], centre)
        if best is not None:
            out[i] = best
    return out


_AGREEING = ("admin1", "admin2", "city")  # levels at which a list's members name one country's units


def list_country_picks(locs: list[Entity], places: list[Place], ranked: list[list[Scored]],
                       text: str) -> dict[int, Scored]:
    """Index → the candidate to take instead, for a member of a list of places ("ولايات
    ألاباما، وفلوريدا، ولويزيانا") whose reading lies in another country than that of at least
    two other members of one level (provinces, districts or cities), when it has an own-name
    candidate of that country and level: a list names units of one country (Florida of the
    US, not the Uruguayan town). Kept: lists of countries, lists whose members disagree
    ("سوريا والعراق"), a member with no such candidate."""
    out: dict[int, Scored] = {}
    for i, members in _listed(text, locs, out):
        p = places[i]
        if p.feature == "country":
            continue
        votes: dict[tuple, int] = {}
        for j in members - {i}:
            q = places[j]
            if q.lat is not None and q.country and q.feature in _AGREEING:
                votes[(q.country, q.feature)] = votes.get((q.country, q.feature), 0) + 1
        agreed = [k for k, n in votes.items() if n >= 2]
        if len(agreed) != 1 or p.country == agreed[0][0]:
            continue  # (a city listed among its country's provinces stays a city: "تعز وإب ولحج")
        country, feature = agreed[0]
        pick = next((s for s in ranked[i] if s.cand.country == country and s.cand.feature == feature
                     and s.cand.match in ("exact", "variant") and s.cand.lat is not None), None)
        if pick is not None:
            out[i] = pick
    return out


def country_list_picks(locs: list[Entity], places: list[Place], ranked: list[list[Scored]],
                       text: str) -> dict[int, Scored]:
    """Index → the country reading of a member of a list of countries read as a city or a
    province ("السعودية والأردن والإمارات والبحرين وعمان واليمن": عمان is Oman, not Amman,
    audit U54), when at least two other members are countries and at most one resolved other
    is not: a list names things of one level. Kept: a member with no country reading, lists of
    cities ("دمشق وحلب وعمان"), a city among provinces."""
    out: dict[int, Scored] = {}
    for i, members in _listed(text, locs, out):
        p = places[i]
        if p.feature == "country":
            continue
        others = [places[j] for j in members - {i} if places[j].lat is not None]
        n = sum(q.feature == "country" for q in others)
        if n < 2 or len(others) - n > 1:
            continue
        pick = next((s for s in ranked[i] if s.cand.feature == "country" and s.cand.lat is not None
                     and s.cand.match in ("exact", "variant")), None)
        if pick is not None:
            out[i] = pick
    return out


def capital_list_picks(locs: list[Entity], places: list[Place], ranked: list[list[Scored]],
                       text: str) -> dict[int, Scored]:
    """Index → the city reading of a member of a list of towns read as their own country
    ("من قفصة والقيروان وصفاقس … وسوسة وتونس": تونس is Tunis, not Tunisia, audit U54), when
    at least three other members are settlements of that country and at most one resolved
    other is not: the mirror of `country_list_picks`. Kept: a country with no city of its name
    ("حلب وحمص وسوريا"), a list of another country's towns ("الرياض وجدة والكويت")."""
    out: dict[int, Scored] = {}
    for i, members in _listed(text, locs, out):
        p = places[i]
        if p.feature != "country" or not p.country:
            continue
        others = [places[j] for j in members - {i} if places[j].lat is not None]
        n = sum(q.feature in LOCALITIES and q.country == p.country for q in others)
        if n < 3 or len(others) - n > 1:
            continue
        pick = next((s for s in ranked[i] if s.cand.feature == "city" and s.cand.country == p.country
                     and s.cand.lat is not None and s.cand.match in ("exact", "variant")), None)
        if pick is not None:
            out[i] = pick
    return out


def _listed(text: str, locs: list[Entity], out: dict[int, Scored]):
    """(index, its list) of each member of each list of places in the text that `out` has not
    picked a reading for yet (a member of two lists is decided once)."""
    for members in _lists(text, locs):
        for i in members:
            if i not in out:
                yield i, members


def _lists(text: str, locs: list[Entity]):
    """The entity indices of each list of places in the text (see _chains)."""
    spans = sorted((m.start, m.end, i) for i, e in enumerate(locs) for m in e.mentions)
    for chain in _chains(text, spans):
        yield {i for _s, _e, i in chain}


def _chains(text: str, spans: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """Runs of mentions joined by و or a comma, three or more long."""
    chains, run = [], []
    for sp in spans:
        if run and sp[0] >= run[-1][1] and _LIST_GAP.fullmatch(text[run[-1][1]:sp[0]]) is not None:
            run.append(sp)
            continue
        if len(run) >= 3:
            chains.append(run)
        run = [sp]
    if len(run) >= 3:
        chains.append(run)
    return chains


def _tight(points: list[Place]) -> bool:
    return all(haversine_km(a.lat, a.lon, b.lat, b.lon) <= _LIST_KM
               for k, a in enumerate(points) for b in points[k + 1:])
