"""Distances between places: haversine on a spherical Earth (mean radius 6371.0088 km)."""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def coords(place: dict | None) -> tuple[float, float] | None:
    """(lat, lon) of a place dict, or None when it has no usable coordinates."""
    if not isinstance(place, dict):
        return None
    lat, lon = place.get("lat"), place.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) \
            and not isinstance(lat, bool) and not isinstance(lon, bool):
        return float(lat), float(lon)
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])
