"""A small bounded pool of read connections, shared by both backends.

One connection per thread leaked: the server's worker threads retire and new ones
start, and each new thread opened a connection that stayed open until store.close().
The pool keeps at most `size` connections, lends one per query, and takes it back;
a thread that waits longer than `timeout` seconds for one gets a StoreError.
"""
from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from rasd.errors import StoreError


class ConnectionPool:
    def __init__(self, connect: Callable[[], Any], *, size: int = 4, timeout: float = 30.0,
                 healthy: Callable[[Any], bool] = lambda conn: True) -> None:
        self._connect = connect
        self._healthy = healthy
        self._timeout = timeout
        self._slots = threading.BoundedSemaphore(size)
        self._idle: queue.LifoQueue = queue.LifoQueue()  # LIFO: reuse the warmest connection
        self._lock = threading.Lock()
        self._open: list = []
        self._closed = False
        self.size = size

    @contextmanager
    def connection(self) -> Iterator[Any]:
        if not self._slots.acquire(timeout=self._timeout):
            raise StoreError(f"no free database connection after {self._timeout:.0f} s "
                             f"(pool of {self.size}); the store is overloaded")
        try:
            conn = self._take()
            try:
                yield conn
            finally:
                self._give_back(conn)
        finally:
            self._slots.release()

    def _take(self):
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            conn = self._connect()
            with self._lock:
                self._open.append(conn)
            return conn

    def _give_back(self, conn) -> None:
        if self._closed or not self._healthy(conn):  # a broken connection is not lent again
            self._discard(conn)
        else:
            self._idle.put(conn)

    def _discard(self, conn) -> None:
        with self._lock:
            if conn in self._open:
                self._open.remove(conn)
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - closing a broken connection may fail; it is gone anyway
            pass

    @property
    def open_count(self) -> int:
        with self._lock:
            return len(self._open)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            conns, self._open = self._open, []
        for conn in conns:
            try:
                conn.close()
            except Exception:  # noqa: BLE001
                pass
