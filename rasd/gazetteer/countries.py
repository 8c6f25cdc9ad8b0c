"""Hand-written country centroids and extra names (rasd/lang/ar/places_countries.tsv)."""
from __future__ import annotations

from functools import lru_cache

from rasd.lang.lexicon import packaged_text


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
