"""Name lists (gazetteers) for NER features, derived from ``../shared/data`` at build time.

``build_gazetteer(data_dir, out_path)`` writes ``ner_gazetteer.tsv.gz`` (``key<TAB>TYPE|TYPE``);
``rasd data build`` runs it (resource ``ner-gazetteer``).  The model works without it (the
gazetteer features are then simply absent; scores are lower, see MODEL_CARD.md).

Types: LOCB (countries, regions, admin units, cities ≥ 15k), LOCS (other WOF places),
PERF (given names), PERL (family names), PERT (person-name tokens seen ≥ 2× in Wikidata names),
ORG (armed groups and organisations), NAT (demonyms, group adjectives).
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

from rasd.gazetteer.countries import country_extra_names

from .norm import norm_key

# the person-name tags of the name lists (given, family, person-name token)
PERSON_TYPES = frozenset({"PERF", "PERL", "PERT"})

csv.field_size_limit(sys.maxsize)


def _rows(path: Path):
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        rd = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        yield from rd


def _split(cell: str | None) -> list[str]:
    if not cell:
        return []
    return [x for x in cell.split("|") if x.strip()]


def collect(data_dir: Path) -> dict[str, set[str]]:
    g: dict[str, set[str]] = defaultdict(set)

    def add(name: str, typ: str, max_tokens: int = 5) -> None:
        k = norm_key(name)
        if not k or len(k) < 2 or any(ch.isdigit() for ch in k):
            return
        if "(" in k or len(k.split()) > max_tokens:
            return
        g[k].add(typ)

    cn = data_dir / "countries-nationalities-ar"
    for r in _rows(cn / "countries_ar.tsv"):
        for n in _split(r.get("names_ar_all")) + _split(r.get("name_ar")):
            add(n, "LOCB")
        for k in ("region_ar", "subregion_ar"):
            if r.get(k):
                add(r[k], "LOCB")
    # the short names news uses that the table lacks (بريطانيا, أمريكا, البوسنة): rasd's list
    for names in country_extra_names().values():
        for n in names:
            add(n, "LOCB")
    for r in _rows(cn / "regions_ar_cldr.tsv"):
        add(r.get("name_ar", ""), "LOCB")
    for r in _rows(cn / "demonyms_ar.tsv"):
        for k in ("m_sg", "f_sg", "m_pl_nom", "m_pl_acc_gen", "f_pl", "broken_pl", "variants_m_sg"):
            for n in _split(r.get(k)):
                add(n, "NAT")
                add("ال" + n, "NAT")
    for r in _rows(cn / "groups_adjectives_ar.tsv"):
        for k in ("m_sg", "f_sg", "variants_m_sg", "plurals"):
            for n in _split(r.get(k)):
                add(n, "NAT")
                if not n.startswith("ال"):
                    add("ال" + n, "NAT")
    for r in _rows(data_dir / "gazetteer-wof-mena-ar" / "places_ar.tsv"):
        pt = r.get("placetype", "")
        try:
            pop = int(float(r.get("population") or 0))
        except ValueError:
            pop = 0
        big = pt in ("country", "region", "county", "localadmin") or pop >= 15000
        for n in _split(r.get("names_ar")) + _split(r.get("name_ar")):
            add(n, "LOCB" if big else "LOCS")
        for k in ("admin1_ar", "admin2_ar"):
            if r.get(k):
                add(r[k], "LOCB")
    for r in _rows(data_dir / "gazetteer-geonames-world-ar" / "cities_ar.tsv"):
        try:
            pop = int(float(r.get("population") or 0))
        except ValueError:
            pop = 0
        for n in _split(r.get("names_ar")):
            add(n, "LOCB" if pop >= 15000 else "LOCS")
    sy = data_dir / "gazetteer-syria-admin-pcodes"
    if sy.exists():
        for f in sy.glob("*.tsv"):
            for r in _rows(f):
                for k, v in r.items():
                    if k and ("_ar" in k or k.startswith("ar")) and v:
                        for n in _split(v):
                            add(n, "LOCB")
    pn = data_dir / "person-names-ar"
    for r in _rows(pn / "arabic_given_family_names.tsv"):
        t = r.get("type", "")
        add(r.get("name_ar", ""), "PERF" if t.startswith("first") else "PERL")
    for r in _rows(pn / "wikidata_person_name_tokens_en_ar.tsv"):
        try:
            c = int(r.get("count") or 0)
        except ValueError:
            c = 0
        if c >= 2:
            add(r.get("token_ar", ""), "PERT", 1)
    for r in _rows(data_dir / "actors-armed-groups-ar" / "armed_groups_orgs_ar.tsv"):
        for n in [r.get("canonical_ar", "")] + _split(r.get("aliases_ar")):
            add(n, "ORG")
    return g


def build_gazetteer(data_dir: Path, out_path: Path, progress=None) -> int:
    g = collect(Path(data_dir))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out_path, "wt", encoding="utf-8") as fh:
        for k in sorted(g):
            fh.write(k + "\t" + "|".join(sorted(g[k])) + "\n")
    if progress:
        progress(f"ner-gazetteer: {len(g):,} entries")
    return len(g)


class Gazetteer:
    """Phrase lookup: ``types(key)`` and longest-match over token lists."""

    def __init__(self, entries: dict[str, frozenset[str]] | None = None, *, digest: str | None = None):
        self.entries: dict[str, frozenset[str]] = entries or {}
        # sha256 of the list it was read from (None: built in memory); ties the NER word
        # table (wordtable.py) to the exact names its rows were computed with
        self.digest = digest if entries else "empty"
        self.prefixes: set[str] = set()
        for k in self.entries:
            parts = k.split(" ")
            for i in range(1, len(parts)):
                self.prefixes.add(" ".join(parts[:i]))

    @classmethod
    def packaged_default(cls) -> "Gazetteer":
        """A small hand-written list of common given and family names
        (rasd/lang/ar/ner_names_default.tsv), used when the built resource is absent."""
        from importlib import resources as importlib_resources

        text = importlib_resources.files("rasd.lang.ar").joinpath("ner_names_default.tsv").read_text("utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        entries: dict[str, set[str]] = defaultdict(set)
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, types = line.partition("\t")
                key = norm_key(name)
                if key:
                    entries[key].update(t for t in types.strip().split("|") if t)
        return cls({k: frozenset(v) for k, v in entries.items()}, digest=digest)

    @classmethod
    def load(cls, path: Path | None) -> "Gazetteer":
        if path is None or not Path(path).exists():
            return cls.packaged_default()
        entries: dict[str, frozenset[str]] = {}
        cache: dict[str, frozenset[str]] = {}
        data = gzip.decompress(Path(path).read_bytes())
        lines = data.decode("utf-8").split("\n")
        if lines and not lines[-1]:
            lines.pop()  # the final newline
        for line in lines:
            k, _, t = line.partition("\t")
            entries[k] = cache.setdefault(t, frozenset(t.split("|")))
        return cls(entries, digest=hashlib.sha256(data).hexdigest())

    @classmethod
    def from_data(cls, data_dir: Path) -> "Gazetteer":
        return cls({k: frozenset(v) for k, v in collect(Path(data_dir)).items()})

    def __bool__(self) -> bool:
        return bool(self.entries)
