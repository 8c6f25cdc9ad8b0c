"""One error envelope for every error: {"ok": false, "error", "code", "status"}."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.api.fast import HEAD_KEY
from rasd.errors import (SHOWN, InputError, NotFoundError, RasdError, ValidationError, plain_message,
                         shown)

_HTTP_CODES = {400: "E043", 401: "E042", 403: "E042", 404: "E041", 405: "E044", 422: "E043"}


class ApiError(RasdError):
    """An HTTP error raised by a route (auth, disabled writes)."""

    def __init__(self, message: str, *, status: int, code: str) -> None:
        super().__init__(message, code=code)
        self.status = status


def envelope(message: str, *, code: str, status: int, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "code": code, "status": status},
                        status_code=status, headers=headers)


def status_of(exc: RasdError) -> int:
    if isinstance(exc, ApiError):
        return exc.status
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, (InputError, ValidationError)):
        return 422
    if exc.code in ("E043", "E007"):  # bad query value, unknown export format
        return 400
    if exc.code in ("E020", "E030"):  # pipeline or resource not available on this server
        return 503
    return 500


def install(app: FastAPI) -> None:
    @app.exception_handler(RasdError)
    async def rasd_error(request: Request, exc: RasdError):
        status = status_of(exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return envelope(exc.message, code=exc.code, status=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        headers = None
        if exc.status_code == 404 and message == "Not Found":
            message = _not_found(request)
        elif exc.status_code == 405 and message == "Method Not Allowed":
            # it said only "Method Not Allowed": not which method, where, or what would do;
            # HEAD reaches the routes as GET (HeadAsGet), and the scope says it was HEAD
            allowed = (exc.headers or {}).get("Allow") or (exc.headers or {}).get("allow") or "?"
            method = "HEAD" if request.scope.get(HEAD_KEY) else request.method
            message = f"method {method} is not allowed on {request.url.path} (allowed: {allowed})"
            headers = {"Allow": allowed}  # HTTP wants it on a 405; the one thing HEAD sees
        return envelope(message, code=_HTTP_CODES.get(exc.status_code, "E040"),
                        status=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        body = _body_error(exc.errors())
        if body:
            return envelope(body, code="E005", status=422)
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body"))
            msg = plain_message(str(err.get("msg")))
            if err.get("type") == "extra_forbidden":  # pydantic: "Extra inputs are not permitted"
                parts.append(f"unknown field {where!r} (the fields are in /openapi.json)")
                continue
            parts.append(f"{where}: {msg}" if where else msg)
        return envelope("; ".join(parts) or "invalid request", code="E043", status=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        return envelope(f"internal error: {type(exc).__name__}", code="E000", status=500)


def _not_found(request: Request) -> str:
    """A 404 under a static mount is a missing file, not a missing endpoint: '/static/app.jss'
    said 'no such endpoint …; see /openapi.json', which lists no static file."""
    if isinstance(request.scope.get("endpoint"), StaticFiles):
        return f"no such static file: {_path(request)}"
    return f"no such endpoint: {_path(request)}; see /openapi.json"


def _path(request: Request) -> str:
    """The requested path as a 404 names it, cut as an id is (rasd.errors.shown)."""
    path = request.url.path
    return path if len(path) <= SHOWN else shown(path)


def _body_error(errors: list[dict]) -> str | None:
    """A POST body that is not JSON, or not a JSON object, said "0: JSON decode error" or
    "Input should be a valid dictionary …" under E043 (a filter's code); it is E005, the
    code of a bad JSON line everywhere else, with what was wrong."""
    for err in errors:
        loc = tuple(err.get("loc", ()))
        if err.get("type") == "json_invalid":
            why = (err.get("ctx") or {}).get("error") or "not JSON"
            return f"the body is not JSON: {why}"
        if loc == ("body",) and err.get("type") in ("model_attributes_type", "dict_type"):
            return 'the body must be a JSON object, e.g. {"text": "…"} (sent as application/json)'
    return None
