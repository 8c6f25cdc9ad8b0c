"""The SQLite gazetteer index: built once by `rasd data build`, opened read-only.

Opening costs milliseconds and memory stays small (SQLite pages, not Python objects),
which is what lets the full 200k-name index load in well under a second.
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from rasd.gazetteer.base import Candidate, split_names
from rasd.gazetteer.variants import index_keys, literal_keys

INDEX_FORMAT = "rasd-gazetteer/2"  # bump when the schema or the key functions change
_PLACE_COLS = ("id", "name", "name_en", "lat", "lon", "country", "admin1", "admin2", "feature",
               "population", "geonames_id")
_SCHEMA = """
CREATE TABLE places (pk INTEGER PRIMARY KEY, id TEXT, name TEXT, name_en TEXT, lat REAL, lon REAL,
  country TEXT, admin1 TEXT, admin2 TEXT, feature TEXT, population INTEGER, geonames_id INTEGER);
CREATE TABLE keys (key TEXT, pk INTEGER, lit INTEGER);
CREATE TABLE keyset (key TEXT PRIMARY KEY, k1 TEXT, klen INTEGER) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def write_index(rows: Iterable[dict], path: str | Path, *, meta: dict | None = None) -> int:
    """Write `rows` (gazetteer rows with a `names` cell) to a new SQLite file; returns rows written."""
    path = Path(path)
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        n = 0
        keyrows: list[tuple[str, int]] = []
        for row in rows:
            n += 1
            con.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (n, *[(row.get(c) if row.get(c) not in ("",) else None) for c in _PLACE_COLS]))
            names = [x for x in [row["name"]] + split_names(row.get("names")) if x]
            literal = set().union(*(literal_keys(x) for x in names))
            for key in set().union(*(index_keys(x) for x in names)):
                keyrows.append((key, n, int(key in literal)))
        con.executemany("INSERT INTO keys VALUES (?,?,?)", keyrows)
        con.executemany("INSERT OR IGNORE INTO keyset VALUES (?,?,?)",
                        ((k, k[:1], len(k)) for k, _, _ in keyrows))
        con.execute("CREATE INDEX keys_key ON keys(key)")
        con.execute("CREATE INDEX keyset_bucket ON keyset(k1, klen)")
        for k, v in {**(meta or {}), "format": INDEX_FORMAT}.items():
            con.execute("INSERT INTO meta VALUES (?,?)", (k, str(v)))
        con.commit()
        return n
    finally:
        con.close()


def _candidate(r: tuple) -> Candidate:
    # columns are typed by SQLite already: no string parsing in the hot path; and the fields
    # are set at once (a frozen dataclass's __init__ sets them one by one through
    # object.__setattr__, the main cost of an uncached lookup) — the same object either way
    # (`r` is a row of _ROWS_SQL: its pk first)
    new = object.__new__(Candidate)
    new.__dict__.update(id=r[1], name=r[2], name_en=r[3], lat=r[4], lon=r[5], country=r[6], admin1=r[7],
                        admin2=r[8], feature=r[9] or "village", population=int(r[10] or 0),
                        geonames_id=int(r[11]) if r[11] not in (None, "") else None,
                        match="exact", similarity=100.0, key="")
    return new


def _by_population(hit: tuple) -> int:
    return -hit[2].population


_PAIRS_SQL = "SELECT pk, lit FROM keys WHERE key = ? ORDER BY rowid"
_ROWS_SQL = "SELECT pk, " + ",".join(_PLACE_COLS) + " FROM places WHERE pk IN ({})"


@lru_cache(maxsize=512)
def _rows_sql(n: int) -> str:
    """The row query for n primary keys (the text is built once per n)."""
    return _ROWS_SQL.format(",".join("?" * n))


class SqliteGazetteer:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"sqlite:{self.path.name}"
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        # read the file through a memory map: a row read is then a memory access, not a read()
        # into SQLite's page cache (a third less time per uncached key; the file is never written)
        self._con.execute("PRAGMA mmap_size = 268435456")
        self._cache: dict[tuple, list[Candidate]] = {}
        self._keys: dict[str, list[tuple[int, int]]] | None = None  # (pk, lit) per key asked for
        self._resolved: dict[str, list] = {}
        self._made: dict[int, Candidate] = {}

    def close(self) -> None:
        self._con.close()

    def meta(self) -> dict:
        return dict(self._con.execute("SELECT k, v FROM meta"))

    def __len__(self) -> int:
        return self._con.execute("SELECT count(*) FROM places").fetchone()[0]

    def candidates(self, key: str, *, country: str | None = None, limit: int = 50,
                   literal: bool = False) -> list[Candidate]:
        ck = (key, country, limit, literal)
        hit = self._cache.get(ck)
        if hit is not None:
            return hit
        out: list[Candidate] = []
        for pk, lit, c in self._hits(key):  # most populous first
            if (literal and not lit) or (country and c.country != country):
                continue
            out.append(c)
            if len(out) >= limit:
                break
        if len(self._cache) > 50_000:  # bounded: a long batch must not grow without limit
            self._cache.clear()
        self._cache[ck] = out
        return out

    def _hits(self, key: str) -> list:
        """[(pk, literal, Candidate)] for a key, most populous first. A key's entries in the
        key table are read the first time the key is asked for and kept, absent keys (most
        query variants) too, so a key asked again costs a dict lookup (reading the whole
        table up front, ~180k rows, cost ~0.35 s CPU: more than the keys of 600 articles);
        a key's places are read by primary key the first time the key is resolved, then kept."""
        done = self._resolved.get(key)
        if done is not None:
            return done
        keys = self._keys
        if keys is None or len(keys) > 500_000:  # bounded: a long batch must not grow without limit
            keys = self._keys = {}
        pairs = keys.get(key)
        if pairs is None:  # index order: ties in population keep it below
            pairs = keys[key] = self._con.execute(_PAIRS_SQL, (key,)).fetchall()
        if not pairs:  # most query variants are no key at all
            return []
        made = self._made
        missing = [pk for pk, _ in pairs if pk not in made]
        for i in range(0, len(missing), 500):  # one query per key (SQLite's variable limit aside)
            chunk = missing[i:i + 500]
            for r in self._con.execute(_rows_sql(len(chunk)), chunk):
                made[r[0]] = _candidate(r)
        out = [(pk, lit, made[pk]) for pk, lit in pairs]
        if len(out) > 1:
            out.sort(key=_by_population)  # stable: ties keep the index's order
        if len(self._resolved) > 100_000:
            self._resolved.clear()
        self._resolved[key] = out
        return out


    def well_known_keys(self, *, min_population: int = 500_000) -> set[str]:
        """Keys of countries, provinces, big cities and rasd's hand-listed places (landmarks such
        as المسجد الحرام): a cheap pre-filter for scanning text."""
        cache = self.__dict__.setdefault("_wk", {})
        if min_population not in cache:
            # the few thousand places first, then their keys (a join from the key side looked
            # up a place row for each of ~180k keys: six times the time, same set; the table is
            # scanned in its own order, the set dedupes)
            cache[min_population] = {r[0] for r in self._con.execute(
                "SELECT key FROM keys NOT INDEXED WHERE lit = 1 AND pk IN (SELECT pk FROM places "
                "WHERE feature IN ('country', 'admin1') OR population >= ? OR id LIKE 'rasd:%')",
                (min_population,))}
        return cache[min_population]

    def _bucket(self, k1: str, klen: int) -> list[str]:
        """Stored keys of one first letter and length, kept once read: the fuzzy pool of a
        query is three buckets, and neighbouring queries share them."""
        buckets = self.__dict__.setdefault("_buckets", {})
        hit = buckets.get((k1, klen))
        if hit is None:
            hit = buckets[(k1, klen)] = [r[0] for r in self._con.execute(
                "SELECT key FROM keyset WHERE k1 = ? AND klen = ?", (k1, klen))]
        return hit

    def near_keys(self, key: str, *, limit: int = 5) -> list[tuple[str, float]]:
        n = len(key)
        pool = self._bucket(key[:1], n - 1) + self._bucket(key[:1], n) + self._bucket(key[:1], n + 1)
        hits = process.extract(key, pool, scorer=fuzz.ratio, limit=limit, score_cutoff=80)
        return [(k, float(s)) for k, s, _ in hits if k != key]
