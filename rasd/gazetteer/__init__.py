"""Gazetteers: the lookup side of place resolution (an adapter layer: it may use sqlite3).

`load_gazetteer(resources)` returns the built SQLite index when `rasd data build` has made
one, else the embedded default plus a warning telling the user how to get village coverage.
"""
from __future__ import annotations

from pathlib import Path

from rasd.gazetteer.base import Candidate, Gazetteer, haversine_km

MISSING_INDEX_WARNING = ("W030: gazetteer index not built; using the embedded default (major cities and "
                         "countries only). Run `rasd data build` for village-level places.")
STALE_INDEX_WARNING = ("W030: gazetteer index was built by an older rasd; using the embedded default (major "
                       "cities and countries only). Run `rasd data build --only gazetteer --force`.")


def index_path(resources) -> Path | None:
    if resources is None:
        return None
    p = resources.path("gazetteer")
    if p is None:
        return None
    f = p / "gazetteer.sqlite" if p.is_dir() else p
    return f if f.exists() else None


def load_gazetteer(resources=None, *, path: str | Path | None = None) -> tuple[Gazetteer, str | None]:
    """(gazetteer, warning or None)."""
    f = Path(path) if path else index_path(resources)
    warning = MISSING_INDEX_WARNING
    if f is not None and f.exists():
        from rasd.gazetteer.sqlite import INDEX_FORMAT, SqliteGazetteer

        gaz = SqliteGazetteer(f)
        if gaz.meta().get("format") == INDEX_FORMAT:
            return gaz, None
        gaz.close()
        warning = STALE_INDEX_WARNING
    from rasd.gazetteer.embedded import embedded_gazetteer

    return embedded_gazetteer(), warning


__all__ = ["Candidate", "Gazetteer", "haversine_km", "load_gazetteer", "MISSING_INDEX_WARNING", "STALE_INDEX_WARNING"]
