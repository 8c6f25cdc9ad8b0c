"""The gazetteer protocol and the candidate record every backend returns."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Protocol, runtime_checkable

# Columns of a gazetteer row (fixture TSVs, the SQLite table and the builders share them).
COLUMNS = ("id", "name", "name_en", "lat", "lon", "country", "admin1", "admin2", "feature",
           "population", "geonames_id", "names")


@dataclass(frozen=True)
class Candidate:
    id: str                      # "wof:…", "gn:…", "sy:…", "cc:SY", "fx:…"
    name: str                    # preferred Arabic name
    name_en: str | None
    lat: float | None
    lon: float | None
    country: str | None          # ISO2
    admin1: str | None           # English admin1 name
    admin2: str | None
    feature: str                 # SPEC §2.2 feature
    population: int = 0
    geonames_id: int | None = None
    match: str = "exact"         # exact | variant | fuzzy | clitic
    similarity: float = 100.0    # rapidfuzz ratio for fuzzy matches
    key: str = field(default="", compare=False)

    def with_match(self, match: str, similarity: float = 100.0, key: str = "") -> "Candidate":
        # dataclasses.replace re-runs __init__: too slow for the resolver's inner loop
        new = object.__new__(Candidate)
        new.__dict__.update(self.__dict__, match=match, similarity=similarity, key=key)
        return new


@runtime_checkable
class Gazetteer(Protocol):
    name: str

    def candidates(self, key: str, *, country: str | None = None, limit: int = 50,
                   literal: bool = False) -> list[Candidate]:
        """Places stored under the exact lookup key `key` (see variants.index_keys); with
        `literal`, only places whose name is spelled that way (variants.literal_keys)."""

    def near_keys(self, key: str, *, limit: int = 5) -> list[tuple[str, float]]:
        """Stored keys close to `key` (fuzzy), with a 0–100 similarity."""

    def well_known_keys(self, *, min_population: int = 500_000) -> set[str]:
        """Keys of countries, provinces and places of at least `min_population`."""


def row_to_candidate(row: dict | tuple) -> Candidate:
    if not isinstance(row, dict):
        row = dict(zip(COLUMNS, row))

    def num(v, cast):
        if v in (None, ""):
            return None
        try:
            return cast(v)
        except ValueError:
            return None

    return Candidate(id=str(row["id"]), name=row["name"], name_en=row.get("name_en") or None,
                     lat=num(row.get("lat"), float), lon=num(row.get("lon"), float),
                     country=row.get("country") or None, admin1=row.get("admin1") or None,
                     admin2=row.get("admin2") or None, feature=row.get("feature") or "village",
                     population=num(row.get("population"), int) or 0,
                     geonames_id=num(row.get("geonames_id"), int))


def split_names(cell: str | Iterable[str] | None) -> list[str]:
    if not cell:
        return []
    items = cell.split("|") if isinstance(cell, str) else list(cell)
    return [x.strip() for x in items if x and x.strip()]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def feature_of(placetype: str, fcode: str, population: int) -> str:
    """SPEC feature from a WOF placetype / GeoNames feature code and population."""
    pt, fc = (placetype or "").lower(), (fcode or "").upper()
    if pt == "country" or fc.startswith("PCL"):
        return "country"
    if pt == "region" or fc == "ADM1":
        return "admin1"
    if pt in ("county", "localadmin") or fc in ("ADM2", "ADM3"):
        return "admin2"
    if (pt in ("neighbourhood", "microhood", "macrohood") or fc == "PPLX") and population < 100_000:
        return "neighbourhood"
    if pt == "campus" or fc in ("AIRP", "AIRB", "CMP", "MILB"):
        return "facility"
    if fc in ("PPLC", "PPLA") or population >= 100_000:
        return "city"
    if fc in ("PPLA2", "PPLA3") or population >= 10_000:
        return "town"
    return "village"
