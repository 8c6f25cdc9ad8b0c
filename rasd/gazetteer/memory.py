"""An in-memory gazetteer: a dict from lookup key to rows. Used for fixtures and the
embedded default, and as the reference the SQLite backend must agree with."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from rasd.gazetteer.base import COLUMNS, Candidate, row_to_candidate, split_names
from rasd.gazetteer.variants import index_keys, literal_keys


def _bucket(key: str) -> tuple[str, int]:
    return key[:1], len(key)


class MemoryGazetteer:
    def __init__(self, rows: Iterable[dict], *, name: str = "memory") -> None:
        self.name = name
        self._rows: list[Candidate] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        self._by_bucket: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._literal: set[tuple[str, int]] = set()  # (key, row) pairs that spell the name as written
        for row in rows:
            cand = row_to_candidate(row)
            i = len(self._rows)
            self._rows.append(cand)
            names = [cand.name] + split_names(row.get("names"))
            self._literal |= {(k, i) for k in set().union(*(literal_keys(n) for n in names))}
            for key in set().union(*(index_keys(n) for n in names)):
                if not self._index[key] or self._index[key][-1] != i:
                    if not self._index[key]:
                        self._by_bucket[_bucket(key)].append(key)
                    self._index[key].append(i)

    def __len__(self) -> int:
        return len(self._rows)

    def candidates(self, key: str, *, country: str | None = None, limit: int = 50,
                   literal: bool = False) -> list[Candidate]:
        rows = [self._rows[i] for i in self._index.get(key, ()) if not literal or (key, i) in self._literal]
        if country:
            rows = [r for r in rows if r.country == country]
        rows.sort(key=lambda c: -c.population)
        return rows[:limit]

    def well_known_keys(self, *, min_population: int = 500_000) -> set[str]:
        """Keys of countries, provinces, big cities and rasd's hand-listed places: a cheap
        pre-filter for scanning text."""
        cache = self.__dict__.setdefault("_wk", {})
        if min_population not in cache:  # scanned once per document: build the set once
            cache[min_population] = {k for k, i in self._literal if self._rows[i].feature in ("country", "admin1")
                                     or self._rows[i].population >= min_population
                                     or self._rows[i].id.startswith("rasd:")}
        return cache[min_population]

    def near_keys(self, key: str, *, limit: int = 5) -> list[tuple[str, float]]:
        pool: list[str] = []
        first, n = _bucket(key)
        for d in (-1, 0, 1):
            pool.extend(self._by_bucket.get((first, n + d), ()))
        if not pool:
            return []
        hits = process.extract(key, pool, scorer=fuzz.ratio, limit=limit, score_cutoff=80)
        return [(k, float(s)) for k, s, _ in hits if k != key]

    @classmethod
    def from_tsv(cls, path: str | Path, *, name: str | None = None) -> "MemoryGazetteer":
        with open(path, encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        return cls(rows, name=name or Path(path).stem)


def read_rows_tsv(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        missing = [c for c in COLUMNS if c not in r]
        if missing:
            raise ValueError(f"gazetteer row lacks columns {missing}")
    return rows
