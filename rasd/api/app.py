"""The FastAPI app: routes → rasd.api.views builders → JSON. Serves the map page at `/`."""
from __future__ import annotations

import hmac
import itertools
import os
import re
from importlib import resources

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, field_validator

from rasd import __version__
from rasd.api import errors, views
from rasd.api.fast import HEAD_KEY, EventsFastPath, HeadAsGet, SecurityHeaders
from rasd.api.params import strict_query
from rasd.export import FORMATS, MEDIA_TYPES, check_format, export_chunks
from rasd.model import Article
from rasd.store import EventQuery
from rasd.store.query import MAX_LIMIT, QueryError, check_value


class ArticleIn(BaseModel):
    """An article to ingest; or a pre-built rasd/1 `record` for that text. An unknown field is
    refused (422 E043), as an unknown query parameter is: `"publised": "2024-02-12"` was
    dropped, silently, and the article's relative dates went unanchored."""

    model_config = ConfigDict(extra="forbid")

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    record: dict | None = None

    @field_validator("published")
    @classmethod
    def _a_real_date(cls, value: str | None) -> str | None:
        """The anchor of relative dates: 'yesterday' or 2024-13-45 would be stored as the
        record's doc.published and copied into event dates (a record the schema refuses)."""
        from rasd.io import is_day

        if value is not None and not is_day(value):
            raise ValueError(f"must be a date YYYY-MM-DD, not {value!r}")
        return value

    @field_validator("id")
    @classmethod
    def _a_usable_id(cls, value: str | None) -> str | None:
        """An id with a control character (a NUL) was stored, and no GET could reach it
        (ids in paths refuse control characters); PostgreSQL refuses a NUL outright."""
        try:
            value = check_value("id", value) if value is not None else None
        except QueryError:
            raise ValueError("must not contain control characters") from None
        if value is not None and ("." in value or "%" in value):
            unreachable = unreachable_id(value)
            if unreachable:
                raise ValueError(unreachable)
        return value


_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def unreachable_id(doc_id: str) -> str | None:
    """Why GET /api/documents/{id} could never reach a stored id, or None: a "." or ".."
    segment is removed by URL normalisation (RFC 3986) before the request is sent, and a
    %XX sequence is decoded by the server, so `.`, `..` and `%2F` were stored as 201 and then
    answered with 404 or 405."""
    if any(part in (".", "..") for part in doc_id.split("/")):
        return 'must not be "." or ".." or hold such a path segment'
    if _PERCENT.search(doc_id):
        return "must not hold a %XX escape (the id is used as it is, not URL-decoded)"
    return None


def filter_query(type: str | None = None, mode: str | None = None,
                 date_from: str | None = Query(None, alias="from", description="YYYY[-MM[-DD]]"),
                 date_to: str | None = Query(None, alias="to", description="YYYY[-MM[-DD]]"),
                 country: str | None = Query(None, description="ISO 3166-1 alpha-2, e.g. SY"),
                 admin1: str | None = None,
                 bbox: str | None = Query(None, description="west,south,east,north"),
                 actor: str | None = Query(None, description="actor/target text, code or group"),
                 q: str | None = Query(None, description="full-text search (normalised Arabic)"),
                 has_count: bool | None = None, cluster: str | None = None) -> EventQuery:
    """The filters of /api/stats and /api/export.*: every matching event, no page."""
    return EventQuery(type=type, mode=mode, date_from=date_from, date_to=date_to, country=country,
                      admin1=admin1, bbox=bbox, actor=actor, q=q, has_count=has_count,
                      cluster=cluster)


def event_query(filters: EventQuery = Depends(filter_query),
                limit: int = Query(100, ge=1, le=MAX_LIMIT), cursor: str | None = None) -> EventQuery:
    """The filters and a page of /api/events. `limit` and `cursor` belong to the list only:
    stats and exports took them and ignored them (`export.csv?limit=10` gave every row)."""
    return filters.replace(limit=limit, cursor=cursor)


def _check_token(request: Request, token: str | None) -> None:
    if not token:
        raise errors.ApiError("writes are disabled: set RASD_API_TOKEN on the server to enable them",
                              status=403, code="E042")
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        raise errors.ApiError("missing bearer token: send 'Authorization: Bearer <token>'",
                              status=401, code="E042")
    if not hmac.compare_digest(header[7:].strip().encode(), token.encode()):
        raise errors.ApiError("wrong bearer token", status=403, code="E042")


def create_app(rasd, *, token: str | None = None) -> FastAPI:
    """The ASGI app for a Rasd façade. `token` defaults to $RASD_API_TOKEN."""
    token = token if token is not None else os.environ.get("RASD_API_TOKEN") or None
    # No /docs or /redoc: FastAPI's pages load Swagger/ReDoc from a CDN, and the page runs
    # nothing from outside. The schema itself is at /openapi.json.
    app = FastAPI(title="rasd", version=__version__, docs_url=None, redoc_url=None,
                  description="Events from Arabic news, with evidence spans (rasd/1).",
                  dependencies=[Depends(strict_query)])
    app.state.rasd = rasd
    errors.install(app)
    static = resources.files("rasd.web").joinpath("static")

    # The list is the hot path: EventsFastPath answers plain requests before FastAPI's
    # routing (cached pages, JSON joined from stored list items); this route answers the
    # rest, with the same JSON text, and documents the endpoint in /openapi.json.
    app.add_middleware(EventsFastPath, store=rasd.store, make_query=EventQuery)
    app.add_middleware(HeadAsGet)  # HEAD is GET less the body, for every route and page
    app.add_middleware(SecurityHeaders)  # outermost: every response gets the headers

    @app.get("/api/events", summary="List events (filters, cursor pagination)",
             response_class=views.JSONBytes)
    def list_events(query: EventQuery = Depends(event_query)) -> Response:
        return views.JSONBytes(views.events_json(rasd, query))

    @app.get("/api/events/{event_id}", summary="One event with evidence, sources and conflicts")
    def get_event(event_id: str) -> dict:
        return views.event_data(rasd, check_value("event id", event_id))

    # {doc_id:path}: an id may hold a slash ("agency/2024/17", a URL's path, as ids often
    # are); the plain parameter stops at the slash, so such a stored document was a 404
    @app.get("/api/documents/{doc_id:path}", summary="A document: text and full rasd/1 record")
    def get_document(doc_id: str) -> dict:
        return views.document_data(rasd, check_value("document id", doc_id))

    def require_token(request: Request) -> None:  # a dependency: runs before body validation
        _check_token(request, token)

    @app.post("/api/documents", status_code=201, summary="Ingest one article (bearer token)",
              dependencies=[Depends(require_token)])
    def post_document(article: ArticleIn, response: Response) -> dict:
        if article.record is not None:
            doc_id, created = rasd.ingest_record(article.record, article.text)
        else:
            doc_id, created = rasd.ingest_one(Article(
                text=article.text, id=article.id, title=article.title, outlet=article.outlet,
                url=article.url, published=article.published))
        if not created:
            response.status_code = 200
        return {"ok": True, "id": doc_id, "created": created}

    @app.get("/api/places", summary="Places with events")
    def get_places() -> dict:
        return views.places_data(rasd)

    @app.get("/api/stats", summary="Counts by type, country and date (same filters as events)")
    def get_stats(query: EventQuery = Depends(filter_query)) -> dict:
        return views.stats_data(rasd, query)

    @app.get("/api/export.{fmt}", summary="Export matching events: jsonl, geojson, csv, parquet")
    def get_export(fmt: str, request: Request, query: EventQuery = Depends(filter_query)) -> Response:
        check_format(fmt)  # E007 (400) for an unknown format
        headers = {"Content-Disposition": f'attachment; filename="rasd-events.{fmt}"'}
        if request.scope.get(HEAD_KEY):
            # HEAD: GET's status and headers, not its body, which HeadAsGet dropped only once
            # the whole export had been built. One event is fetched, so a store that fails
            # fails here as on GET.
            rasd.events(query.replace(limit=1), records=False)
            return StreamingResponse(iter(()), media_type=MEDIA_TYPES[fmt], headers=headers)
        # the first chunk is made before the response starts: a store error is still an
        # error envelope; the rest is sent as it is made, never held whole
        chunks = export_chunks(rasd, query, fmt)
        first = next(chunks, b"")
        return StreamingResponse(itertools.chain([first], chunks), media_type=MEDIA_TYPES[fmt],
                                 headers=headers)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    assert set(FORMATS) == set(MEDIA_TYPES)
    return app
