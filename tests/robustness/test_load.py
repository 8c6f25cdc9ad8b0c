"""Load: `rasd serve` on 127.0.0.1 answers concurrent reads correctly while an ingest writes.

A bounded run of rasd.bench.load (small store, a few seconds). It asserts
correctness — no failed or invalid responses, every write stored, the store's event
count exactly what was written — and only a loose sanity bound on speed: the
figures themselves come from `rasd bench load` (docs/performance.md).
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

# Not `from rasd.bench import load`: that name is also rasd.bench's loader function.
load = importlib.import_module("rasd.bench.load")


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "load.db")
    url = os.environ.get("RASD_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("RASD_TEST_PG_URL is not set: CI must run the PostgreSQL load test")
        pytest.skip("RASD_TEST_PG_URL not set (source scripts/provision)")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


def test_concurrent_reads_during_ingest_are_correct(db):
    figures = load.run(db=db, events=1000, seconds=2, concurrency=6, writes=10)
    assert figures["events_in_store"] >= 1000
    assert figures["errors"] == 0 and figures["write_errors"] == 0
    assert figures["writes"] == 10, "the ingest must complete while reads go on"
    assert figures["events_after"] == figures["expected_events_after"]
    assert figures["requests"] >= 30, figures          # loose: a working server, not a fast one
    assert figures["p99_ms"] < 5000, figures


def test_response_checker_rejects_wrong_pages():
    good = {"items": [{"id": "a-v1", "type": "ASSAULT", "place": {"country": "SY"}}]}
    assert load.check_page({"type": "ASSAULT", "country": "SY"}, good)
    assert not load.check_page({"type": "PROTEST"}, good)
    assert not load.check_page({"country": "IQ"}, good)
    assert not load.check_page({"limit": "0"}, good)
    assert not load.check_page({}, {"ok": False, "error": "x"})


def test_reader_connections_do_not_grow_with_thread_churn(db):
    import threading

    from rasd.store import EventQuery, open_store

    store = open_store(db)
    try:
        for _ in range(12):  # short-lived threads, as an idle-trimmed thread pool produces
            t = threading.Thread(target=store.events, args=(EventQuery(),))
            t.start()
            t.join()
        assert _open_connections(db) <= 4
    finally:
        store.close()


def _open_connections(db: str) -> int:
    if db.startswith("postgres"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as conn:
            return conn.execute("SELECT count(*) FROM pg_stat_activity "
                                "WHERE datname = current_database()").fetchone()[0] - 1
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.skip("counting open SQLite files needs /proc")
    return sum(1 for fd in fds.iterdir() if _points_to(fd, db))


def _points_to(fd: Path, db: str) -> bool:
    try:
        return os.readlink(fd) == str(Path(db).resolve())
    except OSError:
        return False
