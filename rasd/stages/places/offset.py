"""Places the text locates by distance and bearing from another: "منطقة الثرثار 35 كلم شمال
شرق الفلوجة" → the point 35 km north-east of Fallujah (what an annotator or an event coder
would plot), unless the gazetteer's own point for the name already agrees with it."""
from __future__ import annotations

import math
import re

from rasd.gazetteer.base import haversine_km
from rasd.model.record import Entity, Place

DIR_WORD = r"(شمال|جنوب|شرق|غرب)(?:ي|ا|ى)?"  # a direction word, captured (also read by bearing.py)
_OFFSET = re.compile(
    r"\s*[،,]?\s*(?:على\s+بعد\s+|على\s+مسافة\s+|نحو\s+|حوالي\s+|حوالى\s+|قرابة\s+)?"
    r"(\d{1,3})\s*/?\s*(?:كلم|كم|كيلومترا|كيلومترات|كيلومتر|كيلو\s*مترا?)\s+(?:إلى\s+ال|الى\s+ال)?"
    + DIR_WORD + r"(?:\s+" + DIR_WORD + r")?\s+(?:مدينة\s+|بلدة\s+|قرية\s+|محافظة\s+)?")
_BEARING = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
_AGREE_KM = 15.0
_MAX_KM = 300


def bearing(first: str, second: str | None) -> float | None:
    """Degrees clockwise from north for "شمال شرق" and the like (None for "شمال جنوب")."""
    a = _BEARING[first]
    if not second:
        return a
    b = _BEARING[second]
    if abs(a - b) == 180:
        return None
    if {a, b} == {0.0, 270.0}:
        return 315.0
    return (a + b) / 2


def destination(lat: float, lon: float, km: float, deg: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) on bearing `deg` (flat-earth step: fine below a few 100 km)."""
    dlat = km * math.cos(math.radians(deg)) / 111.2
    dlon = km * math.sin(math.radians(deg)) / (111.2 * max(math.cos(math.radians(lat)), 0.01))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def apply_offsets(text: str, locs: list[Entity], places: list[Place], debug: list[dict]) -> None:
    """Move a place to the point its text gives as "N km DIR of X" (X a resolved town)."""
    if len(places) < 2:
        return  # (X is another place of the text)
    at = {m.start: p for e, p in zip(locs, places) if p.lat is not None
          and p.feature in ("city", "town", "village", "neighbourhood") for m in e.mentions}
    for e, p, d in zip(locs, places, debug):
        if p.feature == "country":
            continue
        for m in e.mentions:
            hit = _OFFSET.match(text, m.end)
            anchor = at.get(hit.end()) if hit else None
            if anchor is None or anchor is p or int(hit.group(1)) > _MAX_KM:
                continue
            deg = bearing(hit.group(2), hit.group(3))
            if deg is None:
                continue
            lat, lon = destination(anchor.lat, anchor.lon, float(hit.group(1)), deg)
            # prose rounds the bearing to 8 points (±22.5°: ~0.4 km sideways per km) and the
            # distance: a gazetteer point within that error agrees with the text and is kept
            if p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) <= max(_AGREE_KM, 0.4 * int(hit.group(1))):
                break
            p.lat, p.lon, p.country = lat, lon, anchor.country
            p.admin1, p.admin2 = anchor.admin1, None
            p.feature = p.feature if p.feature not in (None, "admin1", "admin2") else "region"
            p.gazetteer_id = p.geonames_id = None
            d["reason"] = f"{hit.group(1)} km {hit.group(2)} {hit.group(3) or ''} of {anchor.name}".replace("  ", " ")
            break
