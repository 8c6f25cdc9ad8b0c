"""SQLiteStore: the default backend. WAL, one writer connection behind a lock, and one
read connection per thread (so the API's worker threads never share a cursor)."""
from __future__ import annotations

import sqlite3
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

from rasd.errors import StoreError
from rasd.store.base import SQLStore, closed_guard
from rasd.store.migrate import migration_files
from rasd.store.query import fts5_match
from rasd.store.rows import now


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path = "rasd.db") -> None:
        path = str(path)
        if path == ":memory:":  # a named shared-cache database: writer and readers see one DB
            self._uri = f"file:rasd-{uuid.uuid4().hex}?mode=memory&cache=shared"
        else:
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._uri = Path(path).expanduser().resolve().as_uri()
        self.url = path
        self._lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._closed = False
        with self._errors():
            self._write_conn = self._connect()
            if path != ":memory:":
                self._write_conn.execute("PRAGMA journal_mode=WAL")
        self.migrate()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False,
                               timeout=30)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    @contextmanager
    def _errors(self):
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"sqlite ({self.url}): {exc}") from exc

    def _reader(self) -> sqlite3.Connection:
        with closed_guard(self._closed):
            conn = getattr(self._local, "conn", None)
            if conn is None:
                conn = self._connect()
                self._local.conn = conn
                with self._lock:
                    self._readers.append(conn)
            return conn

    @contextmanager
    def _writer(self):
        with closed_guard(self._closed), self._lock, self._errors():
            conn = self._write_conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _fts_clause(self, text: str) -> tuple[str, list]:
        return ("e.doc_id IN (SELECT doc_id FROM documents_fts WHERE documents_fts MATCH ?)",
                [fts5_match(text)])

    def migrate(self) -> list[int]:
        """Apply pending migrations; returns the versions applied."""
        applied = []
        with self._writer() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in migration_files("sqlite"):
                if version in done:
                    continue
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now()))
                applied.append(version)
        return applied

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._write_conn.close()


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations have no ';' inside literals)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
