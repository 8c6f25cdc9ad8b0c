"""PostgresStore: the same Store on PostgreSQL (install `rasd[postgres]`, psycopg 3).

One writer connection behind a lock, and a small bounded pool of autocommit read
connections (psycopg_pool is not a dependency; rasd.store.pool serves both backends).
Full-text search uses a generated `tsvector` ('simple' config) over the same
normalised text SQLite's FTS5 indexes.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from rasd.errors import StoreError
from rasd.store.base import SQLStore, closed_guard
from rasd.store.migrate import migration_files
from rasd.store.pool import ConnectionPool
from rasd.store.rows import now

_MIGRATION_LOCK = 7_241_771  # pg_advisory_xact_lock key: two processes never migrate at once
_CLUSTER_LOCK = 7_241_772  # …nor place new events in clusters at once (SQLStore.save)


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL needs psycopg: pip install 'rasd[postgres]'") from None
    return psycopg


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str, *, readers: int = 4) -> None:
        self.url = url
        self._pg = _psycopg()
        self._lock = threading.Lock()
        self._closed = False
        with self._errors():
            self._write_conn = self._pg.connect(url, autocommit=True)  # BEGIN/COMMIT via transaction()
        self._pool = ConnectionPool(lambda: self._pg.connect(url, autocommit=True), size=readers,
                                    healthy=lambda conn: not conn.closed and not conn.broken)
        self.migrate()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    @contextmanager
    def _errors(self):
        try:
            yield
        except self._pg.Error as exc:
            raise StoreError(f"postgres: {exc}") from exc

    @contextmanager
    def _writer(self):
        with closed_guard(self._closed), self._lock, self._errors():
            with self._write_conn.transaction():
                yield self._write_conn

    def _hold_writers(self, conn) -> None:
        # READ COMMITTED lets two transactions read the same neighbours and cluster apart;
        # the lock is released at COMMIT or ROLLBACK
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_CLUSTER_LOCK,))

    def _fts_clause(self, text: str) -> tuple[str, list]:
        return ("e.doc_id IN (SELECT doc_id FROM documents_fts "
                "WHERE tsv @@ plainto_tsquery('simple', ?))", [text])

    def migrate(self) -> list[int]:
        applied = []
        with self._writer() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations").fetchall()}
            for version, name, sql in migration_files("postgres"):
                if version in done:
                    continue
                conn.execute(sql)
                conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", (version, name, now()))
                applied.append(version)
        return applied

