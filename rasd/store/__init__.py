"""rasd's store: documents, events and failures, in SQLite (default) or PostgreSQL.

    store = open_store("rasd.db")                       # SQLite file
    store = open_store("postgresql://user@host/db")     # needs rasd[postgres]

Both backends implement the same methods (rasd.store.base.SQLStore).
"""
from __future__ import annotations

import os

from rasd.store.base import SQLStore, StoreClosed
from rasd.store.query import EventQuery, QueryError

DEFAULT_DB = "rasd.db"


def open_store(url: str | None = None) -> SQLStore:
    """Open (and migrate) the store at `url`: a path, sqlite:///path, or postgresql://…"""
    url = url or os.environ.get("RASD_DB") or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from rasd.store.postgres import PostgresStore
        return PostgresStore(url)
    from rasd.store.sqlite import SQLiteStore
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url)


__all__ = ["DEFAULT_DB", "EventQuery", "QueryError", "SQLStore", "StoreClosed", "open_store"]
