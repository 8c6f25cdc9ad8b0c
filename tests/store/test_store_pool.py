"""Read connections come from a bounded pool: bursts of queries from new, short-lived
threads (as a server's retiring worker threads make) never grow the connection count."""
from __future__ import annotations

import threading

import pytest

from rasd.errors import StoreError
from rasd.store import EventQuery
from rasd.store.pool import ConnectionPool


def _burst(store, n: int) -> list[Exception]:
    errors: list[Exception] = []
    barrier = threading.Barrier(n)

    def work():
        try:
            barrier.wait(timeout=10)  # all threads query at once: the pool is really shared
            store.events(EventQuery(type="ASSAULT"))
            store.stats()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_bursts_from_new_threads_do_not_grow_connections(filled):
    store = filled.store
    counts = []
    for _ in range(3):
        assert _burst(store, 10) == []
        counts.append(store._pool.open_count)
    # bounded by the pool, whatever the number of threads (one per thread gave 10, 20, 30)
    assert max(counts) <= store._pool.size, counts


def test_close_closes_pooled_connections(filled):
    store = filled.store
    assert _burst(store, 4) == []
    assert store._pool.open_count >= 1
    store.close()
    assert store._pool.open_count == 0


class _Conn:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


def test_pool_is_bounded_and_waits_then_fails():
    made = []
    pool = ConnectionPool(lambda: made.append(_Conn()) or made[-1], size=2, timeout=0.2)
    with pool.connection() as a, pool.connection() as b:
        assert a is not b
        with pytest.raises(StoreError, match="no free database connection"):
            with pool.connection():
                pass
    with pool.connection() as c:
        assert c in (a, b)  # reused, not a third connection
    assert len(made) == 2


def test_pool_drops_a_broken_connection():
    made = []
    pool = ConnectionPool(lambda: made.append(_Conn()) or made[-1], size=1,
                          healthy=lambda conn: not conn.closed)
    with pool.connection() as conn:
        conn.closed = True  # the server went away mid-query
    with pool.connection() as fresh:
        assert fresh is not conn
    assert pool.open_count == 1
