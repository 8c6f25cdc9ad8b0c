"""SQLStore: the Store behaviour both backends share, written against `?` placeholders.

A backend supplies connections (`_pool` of readers, `_writer()`), the full-text clause,
and how to add the full-text row. Every write runs as one transaction on the one
writer connection, so an ingest either lands whole or not at all.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import date as Date
from datetime import timedelta
from typing import Any, Callable, Iterator

from rasd.errors import NotFoundError, StoreError, shown
from rasd.store.query import EventQuery, decode_cursor, encode_cursor, where
from rasd.store.pages import ListPages
from rasd.store.rows import LIST_COLUMNS as _LIST_COLUMNS
from rasd.store.rows import decode_row as _decode
from rasd.store.rows import document_row, event_rows, fts_body, now


class StoreClosed(StoreError):
    code = "E040"


class SQLStore(ListPages):
    """Common queries. Subclasses: SQLiteStore, PostgresStore."""

    dialect = "sql"
    url = ""

    _pool = None  # a rasd.store.pool.ConnectionPool of read connections, set by the backend
    _closed = False

    def close(self) -> None:
        """Close the read pool and the writer; a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        self._pool.close()
        with self._lock:
            self._write_conn.close()

    # -- backend hooks -------------------------------------------------------------------

    def _writer(self):  # -> context manager yielding a connection inside one transaction
        raise NotImplementedError

    def _fts_clause(self, text: str) -> tuple[str, list]:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql

    def _errors(self):  # -> context manager mapping driver errors to StoreError
        raise NotImplementedError

    # -- plumbing ------------------------------------------------------------------------
    def _rows(self, sql: str, params: list | tuple = ()) -> list[dict]:
        with closed_guard(self._closed), self._errors(), self._pool.connection() as conn:
            cur = conn.cursor()
            try:
                cur.execute(self._sql(sql), tuple(params))
                names = [d[0] for d in cur.description]
                return [dict(zip(names, row)) for row in cur.fetchall()]
            finally:
                cur.close()

    def _one(self, sql: str, params: list | tuple = ()) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _exec(self, conn, sql: str, params: list | tuple = ()) -> Any:
        cur = conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _insert(self, conn, table: str, row: dict) -> None:
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self._exec(conn, f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))

    def _add_fts(self, conn, doc_id: str, body: str) -> None:
        self._insert(conn, "documents_fts", {"doc_id": doc_id, "body": body})

    # -- writes --------------------------------------------------------------------------
    def save(self, record: dict, text: str, *, item: str | None = None,
             assign: Callable[[dict, Callable[..., list[dict]]], tuple[dict, dict] | None] | None = None,
             ) -> tuple[str, bool]:
        """Store one document record and its events; returns (doc_id, created).

        Idempotent: a text already stored (same SHA-256) changes nothing and returns
        created=False. `item` marks the input item processed in the same transaction.
        `assign(record, neighbours)` places the new events in cross-article clusters: it gets
        a `neighbours(type=, date=, lat=, lon=)` that reads stored events and returns
        (event id → cluster id, stored cluster merges old → new), or None. It runs inside
        the write transaction, with other writers held off, so two processes ingesting
        reports of the same happening at once still end in one cluster.
        """
        sha = record["doc"]["sha256"]
        with self._writer() as conn:
            found = self._exec(conn, "SELECT id FROM documents WHERE sha256 = ?", [sha]).fetchone()
            if found:
                if item:
                    self._mark(conn, item, sha, "duplicate")
                return found[0], False
            record = _unique_id(self, conn, record)
            doc_id = record["doc"]["id"]
            clusters, merges = None, None
            if assign and record.get("events"):
                self._hold_writers(conn)
                found = assign(record, lambda **kw: self._neighbours(conn, **kw))
                clusters, merges = found if found else (None, None)
            self._insert(conn, "documents", document_row(record, text))
            self._add_fts(conn, doc_id, fts_body(record, text))
            for old, new in (merges or {}).items():
                self._exec(conn, "UPDATE events SET cluster_id = ? WHERE cluster_id = ?", [new, old])
            rows = event_rows(record, clusters)
            for row in rows:
                self._insert(conn, "events", row)
            if rows:
                self._store_list_items(conn, doc_id)
            # Same transaction: a reader that sees the new version also sees the new rows.
            self._exec(conn, "UPDATE store_version SET version = version + 1 WHERE id = 1")
            if item:
                self._mark(conn, item, sha, "ok")
        return doc_id, True

    def _mark(self, conn, item: str, sha256: str | None, status: str) -> None:
        self._exec(conn, "DELETE FROM processed WHERE item = ?", [item])
        self._insert(conn, "processed", {"item": item, "sha256": sha256, "status": status, "at": now()})

    def mark_processed(self, item: str, *, status: str, sha256: str | None = None) -> None:
        with self._writer() as conn:
            self._mark(conn, item, sha256, status)

    def is_processed(self, item: str) -> bool:
        """True when `item` was handled before. Fetch failures (E05x) are retried."""
        return self.processed_status(item) is not None

    def processed_status(self, item: str) -> str | None:
        """How an earlier run left `item` ('ok', 'failed:E003', …), or None when it is to be
        done (never seen, or a fetch failure, E05x, which is retried)."""
        row = self._one("SELECT status FROM processed WHERE item = ?", [item])
        if row is None or row["status"].startswith("failed:E05"):
            return None
        return row["status"]

    def has_text(self, sha256: str) -> bool:
        return self._one("SELECT 1 AS one FROM documents WHERE sha256 = ?", [sha256]) is not None

    def record_failure(self, *, code: str, message: str, item: str | None = None,
                       doc_id: str | None = None, stage: str | None = None) -> None:
        """One row per item (migration 004): the same item failing again updates its row
        (latest code and message, `seen` + 1, `at`) rather than adding one."""
        at = now()
        with self._writer() as conn:
            again = item is not None and self._exec(
                conn, "UPDATE failures SET doc_id = ?, stage = ?, code = ?, message = ?, at = ?, "
                      "seen = seen + 1 WHERE item = ?",
                [doc_id, stage, code, message, at, item]).rowcount
            if not again:
                self._insert(conn, "failures", {"item": item, "doc_id": doc_id, "stage": stage,
                                                "code": code, "message": message, "at": at,
                                                "seen": 1, "first_at": at})
            if item:
                self._mark(conn, item, None, f"failed:{code}")

    # -- reads ---------------------------------------------------------------------------
    def events(self, query: EventQuery, *, records: bool = True) -> tuple[list[dict], str | None]:
        """Events matching `query`, newest first, and the cursor of the next page (or None).

        records=False fetches each event's digest (rasd.store.rows.event_digest) instead of
        its full record, which a list page does not need; rows stored before the digest
        column existed still come with their record.
        """
        sql, params = self._list_where(query)
        columns = "e.*" if records else (
            f"{_LIST_COLUMNS}, e.digest, CASE WHEN e.digest IS NULL THEN e.record END AS record")
        rows = self._rows(f"SELECT {columns}, d.outlet, d.title, d.url, d.published FROM events e "
                          f"JOIN documents d ON d.id = e.doc_id WHERE {sql} "
                          f"ORDER BY e.sort_date DESC, e.id DESC LIMIT ?", params + [query.limit + 1])
        more = len(rows) > query.limit
        rows = rows[:query.limit]
        cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["id"]) if more else None
        return [_decode(r) for r in rows], cursor

    def _list_where(self, query: EventQuery) -> tuple[str, list]:
        sql, params = where(query, self._fts_clause)
        if query.cursor:
            sort_date, last_id = decode_cursor(query.cursor)
            sql += " AND (e.sort_date < ? OR (e.sort_date = ? AND e.id < ?))"
            params += [sort_date, sort_date, last_id]
        return sql, params

    def iter_events(self, query: EventQuery) -> Iterator[dict]:
        """Every matching event, page by page (exports)."""
        page = query.replace(limit=500, cursor=None)
        while True:
            rows, cursor = self.events(page)
            yield from rows
            if not cursor:
                return
            page = page.replace(cursor=cursor)

    def event(self, event_id: str) -> dict:
        row = self._one("SELECT e.*, d.outlet, d.title, d.url, d.published FROM events e "
                        "JOIN documents d ON d.id = e.doc_id WHERE e.id = ?", [event_id])
        if row is None:
            raise NotFoundError(f"event {shown(event_id)} not found; list events with GET /api/events")
        return _decode(row)

    def cluster(self, cluster_id: str) -> list[dict]:
        rows = self._rows("SELECT e.*, d.outlet, d.title, d.url, d.published FROM events e "
                          "JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id = ? "
                          "ORDER BY e.id", [cluster_id])
        return [_decode(r) for r in rows]

    def neighbours(self, **kw) -> list[dict]:
        """Stored events that could be the same happening: same type, date within ±`days`
        (or both undated), within ±`degrees` (or both unplaced). Candidates for clustering.
        Keywords: type, date, lat, lon, and optionally days (1), degrees (0.5), limit (200)."""
        return [_decode(r) for r in self._rows(*_neighbour_query(**kw))]

    def _neighbours(self, conn, **kw) -> list[dict]:
        """`neighbours` read on `conn`, inside its transaction."""
        cur = self._exec(conn, *_neighbour_query(**kw))
        names = [d[0] for d in cur.description]
        return [_decode(dict(zip(names, row))) for row in cur.fetchall()]

    def _hold_writers(self, conn) -> None:
        """Keep other writers out until this transaction ends (a backend without a
        database-wide write lock takes one here)."""

    def document(self, doc_id: str) -> dict:
        row = self._one("SELECT * FROM documents WHERE id = ?", [doc_id])
        if row is None:
            raise NotFoundError(f"document {shown(doc_id)} not found")
        row["record"] = json.loads(row["record"])
        return row

    def places(self) -> list[dict]:
        return self._rows(
            "SELECT place_name AS name, place_name_en AS name_en, country, admin1, lat, lon, "
            "COUNT(*) AS events FROM events WHERE place_name IS NOT NULL "
            "GROUP BY place_name, place_name_en, country, admin1, lat, lon "
            "ORDER BY COUNT(*) DESC, place_name")

    def stats(self, query: EventQuery | None = None) -> dict:
        sql, params = where(query or EventQuery(), self._fts_clause)
        base = f"FROM events e WHERE {sql}"
        one = self._one(f"SELECT COUNT(*) AS n, MIN(e.date) AS first, MAX(e.date) AS last {base}",
                        params)
        by = {col: {r["k"]: r["n"] for r in self._rows(
            f"SELECT e.{col} AS k, COUNT(*) AS n {base} AND e.{col} IS NOT NULL GROUP BY e.{col} "
            f"ORDER BY e.{col}", params)} for col in ("type", "country")}
        by_date = {r["k"]: r["n"] for r in self._rows(
            f"SELECT e.date AS k, COUNT(*) AS n {base} AND e.date IS NOT NULL GROUP BY e.date "
            f"ORDER BY e.date", params)}
        totals = self._one("SELECT (SELECT COUNT(*) FROM documents) AS documents, "
                           "(SELECT COUNT(*) FROM failures) AS failures")
        return {"documents": totals["documents"], "failures": totals["failures"],
                "events": one["n"], "first_date": one["first"], "last_date": one["last"],
                "by_type": by["type"], "by_country": by["country"], "by_date": by_date}

    def failures(self, *, limit: int = 100) -> list[dict]:
        """The latest failures first (an item failing again moves up: its `at` is the last time)."""
        return self._rows("SELECT * FROM failures ORDER BY at DESC, id DESC LIMIT ?", [limit])


def _neighbour_query(*, type: str, date: str | None, lat: float | None, lon: float | None,
                     days: int = 1, degrees: float = 0.5, limit: int = 200) -> tuple[str, list]:
    """SQL and parameters of `SQLStore.neighbours`."""
    sql, params = "e.type = ?", [type]
    day = _day(date)
    if day is not None:
        sql += " AND e.date BETWEEN ? AND ?"
        params += [(day - timedelta(days=days)).isoformat(),
                   (day + timedelta(days=days)).isoformat() + "~"]
    else:
        sql += " AND e.date IS NULL"
    if lat is not None and lon is not None:
        sql += " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
        params += [lat - degrees, lat + degrees, lon - degrees, lon + degrees]
    else:
        sql += " AND e.lat IS NULL"
    return (f"SELECT e.*, d.outlet FROM events e JOIN documents d ON d.id = e.doc_id "
            f"WHERE {sql} ORDER BY e.id LIMIT ?", params + [limit])


def _day(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _unique_id(store: SQLStore, conn, record: dict) -> dict:
    """Two different texts may arrive with the same id: keep both, suffix the second."""
    doc_id = record["doc"]["id"]
    taken = store._exec(conn, "SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
    if not taken:
        return record
    record = dict(record, doc=dict(record["doc"], id=f"{doc_id}-{record['doc']['sha256'][:8]}"))
    return record


@contextmanager
def closed_guard(closed: bool):
    if closed:
        raise StoreClosed("the store is closed; open a new one with rasd.store.open_store(url)")
    yield
