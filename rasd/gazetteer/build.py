"""`rasd data build` → the gazetteer index (SQLite) from the shared data directory.

Sources (each folder has its own README): WOF MENA places with Arabic names (villages),
GeoNames world cities, Syria admin units with P-codes, Yemen village lists (placed at their
district's centroid), and country names. Rows are deduplicated by GeoNames id so a MENA
city is not stored twice.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Callable, Iterator

from rasd.gazetteer.base import feature_of, split_names
from rasd.gazetteer.countries import country_centroids, country_extra_names, country_points, covering_point
from rasd.gazetteer.variants import canonical
from rasd.lang.lexicon import packaged_text
from rasd.resources import register_resource

csv.field_size_limit(sys.maxsize)
INDEX_FILE = "gazetteer.sqlite"
_SKIP_FCODES = {"PPLQ", "PPLW", "PPLH"}  # abandoned, destroyed, historical
# Persian/Kurdish spellings help for these countries' places, where Arabic press borrows them.
_OTHER_SCRIPT_OK = {"IR", "AF"}


def _rows(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _int(v: str | None) -> int:
    try:
        return int(float(v)) if v else 0
    except ValueError:
        return 0


def wof_rows(data: Path, seen_gn: set[int], wof_countries: dict) -> Iterator[dict]:
    for r in _rows(data / "gazetteer-wof-mena-ar" / "places_ar.tsv"):
        if r["is_current"] == "0" or r["gn_fcode"] in _SKIP_FCODES or not r["lat"]:
            continue
        pop = _int(r["population"])
        if r["placetype"] == "country":
            wof_countries[r["country"]] = (float(r["lat"]), float(r["lon"]), r["wof_id"])
            continue
        names = split_names(r["names_ar"])
        if r["country"] in _OTHER_SCRIPT_OK and not names:
            names = split_names(r["names_other_arabic_script"])
        latin = split_names(r["names_latin"])
        gn = _int(r["geonames_id"]) or None
        if gn:
            seen_gn.add(gn)
        yield {"id": f"wof:{r['wof_id']}", "name": r["name_ar"] or (names[0] if names else ""),
               "name_en": latin[0] if latin else r["name_en"], "lat": r["lat"], "lon": r["lon"],
               "country": r["country"], "admin1": r["admin1_en"], "admin2": r["admin2_en"],
               "feature": feature_of(r["placetype"], r["gn_fcode"], pop), "population": pop,
               "geonames_id": gn, "names": "|".join(names)}


# "هامبورغ" is "هامبورج" in Egyptian-style transliteration (G as ج): a foreign -burg/-berg
# name is stored under both. Only a word of 5+ letters: a bare "برغ" → "برج" is "tower".
_BURG_END = re.compile(r"(?<=[^\W\d_]{3})رغ(?![^\W\d_])")


def g_spellings(names: list[str]) -> list[str]:
    """The names plus their ج spelling of a final -رغ (-burg/-berg)."""
    out = list(names)
    for n in names:
        alt = _BURG_END.sub("رج", n)
        if alt != n and alt not in out:
            out.append(alt)
    return out


def geonames_rows(data: Path, seen_gn: set[int]) -> Iterator[dict]:
    for r in _rows(data / "gazetteer-geonames-world-ar" / "cities_ar.tsv"):
        gn = _int(r["geonameid"])
        names = split_names(r["names_ar"])
        if gn in seen_gn or not names:
            continue
        names = g_spellings(names)
        pop = _int(r["population"])
        yield {"id": f"gn:{gn}", "name": names[0], "name_en": r["name"], "lat": r["lat"], "lon": r["lon"],
               "country": r["country"], "admin1": r["admin1_name_en"], "admin2": None,
               "feature": feature_of("locality", r["gn_fcode"], pop), "population": pop,
               "geonames_id": gn, "names": "|".join(names)}


def syria_admin_rows(data: Path) -> Iterator[dict]:
    for r in _rows(data / "gazetteer-syria-admin-pcodes" / "syria_admin_units.tsv"):
        names = [n for n in [r["name_ar"]] + split_names(r["aliases_ar"]) if not n.startswith("مركز ")]
        names = [n.removeprefix("محافظة ").removeprefix("منطقة ").removeprefix("ناحية ") for n in names]
        if not names or not r["lat"]:
            continue
        feature = "admin1" if r["level"] == "1" else "admin2"
        yield {"id": f"sy:{r['ocha_pcode']}", "name": names[0], "name_en": r["name_en"], "lat": r["lat"],
               "lon": r["lon"], "country": "SY", "admin1": None, "admin2": None, "feature": feature,
               "population": _int(r["population"]) if r["level"] != "1" else 0,
               "geonames_id": _int(r["geonames"]) or None, "names": "|".join(sorted(set(names)))}


def bracketed_names(names: list[str]) -> list[str]:
    """The country's other name in a bracket: "ميانمار (بورما)" → بورما, "المجر (هنغاريا)" →
    هنغاريا. One word only: a longer bracket is a description ("(منطقة إدارية خاصة)", "(دولة -
    المتعددة القوميات)", "(الجزء الفرنسي)"), not a name."""
    out = []
    for n in names:
        inner = n.partition("(")[2].partition(")")[0].strip()
        if inner and len(inner.split()) == 1 and inner.isalpha() and inner not in names + out:
            out.append(inner)
    return out


def country_rows(data: Path, wof_countries: dict) -> Iterator[dict]:
    pops = {r["iso"]: _int(r["population"]) for r in _rows(data / "gazetteer-geonames-world-ar" / "countryInfo.tsv")
            if len(r.get("iso") or "") == 2}
    hand = country_centroids()
    points = country_points()
    extra = country_extra_names()
    for r in _rows(data / "countries-nationalities-ar" / "countries_ar.tsv"):
        iso = r["iso2"]
        if r.get("deprecated_ocha") == "Y":
            continue
        # WOF label point first, then rasd's centroid, the Factbook point and OCHA's centroid
        # (the HDX countries taxonomy, this file's lat/lon); a point covering more of them
        # within 25 km beats any single one (gold and event datasets mix the conventions;
        # Factbook-first measured worse on gold-dev: acc@25 km 0.744 vs 0.761)
        wof = wof_countries.get(iso)
        ocha = (float(r["lat"]), float(r["lon"])) if r.get("lat") and r.get("lon") else None
        lat, lon = covering_point([wof[:2] if wof else None, hand.get(iso), points.get(iso), ocha]) or (None, None)
        if lat in (None, ""):
            continue
        names = (split_names(r["names_ar_all"]) or [r["name_ar"]]) + extra.get(iso, [])
        # "المجر (هنغاريا)", "ميانمار (بورما)": the name before a bracket is written alone too
        names += [n.split("(")[0].strip() for n in names if "(" in n and n.split("(")[0].strip()]
        names += bracketed_names(names)  # … and so is the one word in it (بورما, audit ent41)
        wid = wof_countries.get(iso, (None, None, None))[2]
        yield {"id": f"wof:{wid}" if wid else f"cc:{iso}", "name": r["name_ar"] or names[0],
               "name_en": r["name_en"], "lat": lat, "lon": lon, "country": iso, "admin1": None, "admin2": None,
               "feature": "country", "population": pops.get(iso, 0), "geonames_id": None,
               "names": "|".join(names)}


def yemen_village_rows(data: Path, districts: dict[str, tuple]) -> Iterator[dict]:
    """Yemen villages have no coordinates: place them at their district's WOF centroid (WOF
    districts carry English governorate names only, so the district name alone joins them)."""
    for r in _rows(data / "gazetteer-admin-lists-ar" / "yemen_admin_villages.tsv"):
        if r["level"] != "village":
            continue
        where = districts.get(canonical(r["district_ar"]))
        if not where:
            continue
        lat, lon, gov_en, dist_en = where
        yield {"id": f"yev:{r['id']}", "name": r["name_ar"], "name_en": r["name_en"], "lat": lat, "lon": lon,
               "country": "YE", "admin1": gov_en, "admin2": dist_en, "feature": "village", "population": 0,
               "geonames_id": None, "names": r["name_ar"]}


def extra_rows() -> list[dict]:
    """Hand-written places (rasd/lang/ar/places_extra.tsv)."""
    lines = [ln for ln in packaged_text("places_extra.tsv").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def all_rows(data: Path, progress: Callable[[float, str], None] = lambda f, m: None) -> Iterator[dict]:
    seen_gn: set[int] = set()
    wof_countries: dict = {}
    ye_districts: dict[str, tuple] = {}
    ye_names: set[str] = set()
    yield from extra_rows()
    progress(0.05, "WOF places")
    for row in wof_rows(data, seen_gn, wof_countries):
        if row["country"] == "YE":
            ye_names.add(canonical(row["name"]))
            if row["feature"] == "admin2" and row["admin1"]:
                ye_districts[canonical(row["name"])] = (row["lat"], row["lon"], row["admin1"], row["name_en"])
        yield row
    progress(0.5, "GeoNames cities")
    yield from geonames_rows(data, seen_gn)
    progress(0.7, "Syria admin units")
    yield from syria_admin_rows(data)
    progress(0.75, "countries")
    yield from country_rows(data, wof_countries)
    progress(0.8, "Yemen villages")
    for row in yemen_village_rows(data, ye_districts):
        if canonical(row["name"]) not in ye_names:  # WOF already has it with real coordinates
            yield row


def build_gazetteer(data_dir: Path, out_dir: Path, progress: Callable[[float, str], None]) -> None:
    from rasd.gazetteer.sqlite import write_index  # the adapter that owns sqlite3

    out_dir.mkdir(parents=True, exist_ok=True)
    n = write_index(all_rows(Path(data_dir), progress), out_dir / INDEX_FILE,
                    meta={"source": str(data_dir)})
    progress(1.0, f"{n} places")


register_resource("gazetteer", build_gazetteer,
                  "Arabic gazetteer index (WOF MENA villages, GeoNames cities, Syria P-codes, countries)",
                  sources=("gazetteer-wof-mena-ar", "gazetteer-geonames-world-ar", "gazetteer-syria-admin-pcodes",
                           "gazetteer-admin-lists-ar", "countries-nationalities-ar"),
                  version="2", packaged=("places_extra.tsv", "places_countries.tsv", "places_country_points.tsv"))
