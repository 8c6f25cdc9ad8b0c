"""Plain-ASGI layers in front of the FastAPI app, for the hot read path.

- `SecurityHeaders` adds the CSP and nosniff headers to every response (a plain ASGI
  middleware: Starlette's `@app.middleware("http")` costs ~0.5 ms a request).
- `EventsFastPath` answers `GET /api/events` without FastAPI's routing and dependency
  solving: it builds the same EventQuery from the same parameters (rasd.api.app.event_query),
  asks the store for the page as JSON text (SQLStore.events_page) and keeps the bytes in a
  small cache keyed by (query string, store data version). Storing a document bumps the
  version in the same transaction, so a cached page is never served after a write it
  misses. Anything the fast path does not handle exactly as FastAPI would (an unknown or
  repeated parameter, an empty value, a limit or has_count FastAPI might parse differently,
  any error) goes on to the FastAPI app, which answers it as before: same pages, same
  error envelopes.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from typing import Callable

from anyio import to_thread
from starlette.datastructures import QueryParams

from rasd.store.query import MAX_LIMIT

SECURITY_HEADERS = ((b"content-security-policy",
                     b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                     b"script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
                    (b"x-content-type-options", b"nosniff"))

# Query names (as sent) → event_query() keyword; limit and has_count are parsed here.
_STR_PARAMS = {"type": "type", "mode": "mode", "from": "date_from", "to": "date_to",
               "country": "country", "admin1": "admin1", "bbox": "bbox", "actor": "actor",
               "q": "q", "cluster": "cluster", "cursor": "cursor"}
_LIMIT = re.compile(r"[1-9][0-9]{0,2}")
_BOOLS = {"true": True, "false": False}


class SecurityHeaders:
    """Add the security headers to each HTTP response that does not set them itself."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


HEAD_KEY = "rasd.head"  # in the ASGI scope of a HEAD request answered as GET


class HeadAsGet:
    """Answer HEAD as GET without the body: FastAPI's GET routes answered HEAD with 405, and
    HTTP wants HEAD wherever GET is (uptime checks, `curl -I`, link checkers). The headers,
    Content-Length included, are those of the GET."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return  # the rest of a streamed body: nothing to send for HEAD
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        # HEAD_KEY keeps the method asked for: a 405 names HEAD, not the GET it was turned into
        await self.app({**scope, "method": "GET", HEAD_KEY: True}, receive, headers_only)


def fast_kwargs(query_string: bytes) -> dict | None:
    """EventQuery keywords for a query string the fast path can answer, else None."""
    kwargs: dict = {}
    for name, value in QueryParams(query_string).multi_items():
        key = _STR_PARAMS.get(name, name)
        if not value or key in kwargs:
            return None  # empty or repeated: let FastAPI decide what it means
        if name in _STR_PARAMS:
            kwargs[key] = value
        elif name == "limit" and _LIMIT.fullmatch(value) and int(value) <= MAX_LIMIT:
            kwargs["limit"] = int(value)
        elif name == "has_count" and value in _BOOLS:
            kwargs["has_count"] = _BOOLS[value]
        else:
            return None
    return kwargs


class PageCache:
    """The latest pages by query string, each valid for one store data version; at most
    `size` pages and `max_bytes` of page bytes (a 500-event page is ~400 KB)."""

    def __init__(self, size: int = 256, *, max_bytes: int = 32 << 20) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self._bytes = 0
        self._pages: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()

    def get(self, key: bytes, version: int | None) -> bytes | None:
        hit = self._pages.get(key) if version is not None else None
        if hit is None or hit[0] != version:
            return None
        self._pages.move_to_end(key)
        return hit[1]

    def put(self, key: bytes, version: int | None, body: bytes) -> None:
        if version is None or len(body) > self.max_bytes:
            return
        old = self._pages.pop(key, None)
        if old is not None:
            self._bytes -= len(old[1])
        self._pages[key] = (version, body)
        self._bytes += len(body)
        while len(self._pages) > self.size or self._bytes > self.max_bytes:
            _, (_, dropped) = self._pages.popitem(last=False)
            self._bytes -= len(dropped)


class EventsFastPath:
    """Answer simple `GET /api/events` requests directly; pass everything else on."""

    def __init__(self, app, *, store, make_query: Callable[..., object], cache_size: int = 256) -> None:
        self.app = app
        self.store = store
        self.make_query = make_query
        self.cache = PageCache(cache_size)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"] != "/api/events" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        body = await self._page(scope["query_string"])
        if body is None:
            await self.app(scope, receive, send)
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(len(body)).encode("ascii")),
                                (b"content-type", b"application/json"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": body})

    async def _page(self, query_string: bytes) -> bytes | None:
        kwargs = fast_kwargs(query_string)
        if kwargs is None:
            return None
        try:
            query = self.make_query(**kwargs)
            version = self.store.data_version()
            body = self.cache.get(query_string, version)
            if body is None:
                # A miss queries the database: off the event loop, as FastAPI runs sync routes.
                body = (await to_thread.run_sync(self.store.events_page, query)).encode("utf-8")
                self.cache.put(query_string, version, body)
            return body
        except Exception:  # noqa: BLE001 - a bad value (QueryError) or a store error:
            return None    # FastAPI's route raises the same error and answers with its envelope
