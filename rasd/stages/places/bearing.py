"""Readings the text places on a side of another place: "بلدة الطيبة الواقعة جنوب شرق مدينة
درعا" is the Tayyibah south-east of Daraa, not the Jordanian one 40 km west-south-west of it."""
from __future__ import annotations

import math
import re

from rasd.gazetteer.base import haversine_km
from rasd.model.record import Entity, Place
from rasd.stages.places.offset import DIR_WORD, bearing
from rasd.stages.places.rank import LOCALITIES, Scored

# "X الواقعة جنوب شرق مدينة Y", "X شمالي غرب Y", "X إلى الشرق من Y" is left out (rarer)
_SIDE = re.compile(r"\s*[،,]?\s*(?:(?:ال)?واقع(?:ة|تين|ين|تان|ان)?\s+)?(?:في\s+)?" + DIR_WORD
                   + r"(?:\s+" + DIR_WORD + r")?\s+(?:(مدينة|بلدة|قرية)\s+)?")
_OFF_KM = 25.0     # a pick this close to the anchor is near enough whatever side it is on
_WITHIN_KM = 100.0  # "south-east of Daraa": a reading farther than this is no neighbour
_WIDE = 67.5        # the sector a direction word covers (8-point rose, with slack)
_BIG = 1_000_000    # a city this big is named for itself, not placed by a side of another town


def _big_city(p: Place, ranked: list[Scored]) -> bool:
    """Is the pick a city of a million or more? "معجنات بيونغيانغ شرقي سول" is Pyongyang's dish
    in east Seoul (audit U48), not a Pyongyang east of Seoul."""
    return any(s.cand.lat == p.lat and s.cand.lon == p.lon and (s.cand.population or 0) >= _BIG for s in ranked)


def initial_bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Degrees clockwise from north, from point 1 towards point 2."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360.0) % 360.0


def _off(deg: float, want: float) -> float:
    d = abs(deg - want) % 360.0
    return min(d, 360.0 - d)


def _on_side(lat: float, lon: float, anchor: Place, want: float, slack: float) -> bool:
    return _off(initial_bearing(anchor.lat, anchor.lon, lat, lon), want) <= slack


def bearing_picks(text: str, locs: list[Entity], places: list[Place],
                  ranked: list[list[Scored]]) -> dict[int, Scored | None]:
    """Index → the candidate to take instead, for a settlement the text puts on one side of a
    town ("الواقعة جنوب شرق مدينة درعا") while its pick lies over 25 km from that town on the
    other side: the best-ranked candidate of its name within 100 km of the town and on the
    stated side; None (unresolved) when there is none and the pick lies over 100 km from the
    town ("أوتاي ميسا جنوب سان دييغو" is no Mesa in Arizona: no place at all beats a wrong town).
    Kept: a pick near the town, an anchor that is a province or country (its point says little
    of its edge: "حديثة غربي الأنبار") unless the text calls it a town ("مدينة"), and a pick
    within 100 km with no candidate on that side."""
    starts = {m.start: p for e, p in zip(locs, places) if p.lat is not None for m in e.mentions}
    out: dict[int, Scored] = {}
    for i, (e, p) in enumerate(zip(locs, places)):
        if p.lat is None or p.feature not in LOCALITIES or _big_city(p, ranked[i]):
            continue
        for m in e.mentions:
            hit = _SIDE.match(text, m.end)
            anchor = starts.get(hit.end()) if hit else None
            if anchor is None or anchor is p or not (anchor.feature in LOCALITIES or hit.group(3)):
                continue
            want = bearing(hit.group(1), hit.group(2))
            if want is None or haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) <= _OFF_KM \
                    or _on_side(p.lat, p.lon, anchor, want, 90.0):
                break
            best = next((s for s in ranked[i] if s.cand.lat is not None and s.cand.feature in LOCALITIES
                         and s.cand.match in ("exact", "variant")
                         and haversine_km(s.cand.lat, s.cand.lon, anchor.lat, anchor.lon) <= _WITHIN_KM
                         and _on_side(s.cand.lat, s.cand.lon, anchor, want, _WIDE)), None)
            if best is not None or haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) > _WITHIN_KM:
                out[i] = best  # (None: "أوتاي ميسا جنوب سان دييغو" is no Mesa, Arizona, 500 km off)
            break
    return out
