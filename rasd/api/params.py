"""Strict query strings on /api/: an unknown or a repeated query parameter is refused.

FastAPI ignores a parameter it does not know (`?limt=5` answered the default 100 events,
as if the filter had been applied) and takes the last of repeated ones (`?limit=1&limit=2`
gave 2). A client with a typo never learns of it; so both are 400 E043 naming the
parameter, as datasette and most typed clients expect. No rasd parameter is a list.
The names each route takes are read from its own signature and dependencies, so a new
filter needs no second list here.

Values are strict too, and every refusal is the same 400 E043 naming the parameter and
what it accepts: an empty value (`?type=` meant no filter, `?bbox=` was a 400 and
`?has_count=` a 422), `has_count` other than `true`/`false` (pydantic took yes/1/on) and a
`limit` that is not a whole number 1–500 (`limit=100.0` was taken as 100; `limit=0` a 422).
"""
from __future__ import annotations

from collections import Counter
import re

from fastapi import Request

from rasd.api.errors import ApiError
from rasd.model.record import EVENT_TYPES
from rasd.store.query import MAX_LIMIT

_WHOLE = re.compile(r"[0-9]{1,6}")
# What a parameter accepts, said in its refusal; a name not here takes any non-empty text.
ACCEPTS = {"type": "one of " + ", ".join(EVENT_TYPES) + " (any case)",
           "from": "a date YYYY, YYYY-MM or YYYY-MM-DD", "to": "a date YYYY, YYYY-MM or YYYY-MM-DD",
           "country": "an ISO 3166-1 alpha-2 code, e.g. SY",
           "bbox": "west,south,east,north in degrees, e.g. 35,32,43,38",
           "has_count": "true or false", "limit": f"a whole number 1–{MAX_LIMIT}",
           "cursor": "next_cursor from a previous page"}

# Keyed by id() (routes are unhashable), with the route kept beside its names: an id is reused
# once its object is gone (tests build many apps in one process), so a hit counts only when it
# is the same route.
_known_by_route: dict[int, tuple[object, tuple[str, ...]]] = {}


def _query_names(dependant) -> list[str]:
    names = [field.alias for field in dependant.query_params]
    for sub in dependant.dependencies:
        names.extend(_query_names(sub))
    return names


def known_params(route) -> tuple[str, ...]:
    hit = _known_by_route.get(id(route))
    if hit is None or hit[0] is not route:
        hit = (route, tuple(dict.fromkeys(_query_names(route.dependant))))
        _known_by_route[id(route)] = hit
    return hit[1]


async def strict_query(request: Request) -> None:
    """An app-wide dependency: runs before the route's own parameters are read."""
    if not request.scope.get("query_string") or not request.url.path.startswith("/api/"):
        return  # the cheap common case, and the page (`/?event=…`) keeps its own habits
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = known_params(route)
    counts = Counter(name for name, _ in request.query_params.multi_items())
    for name, n in counts.items():
        if name not in known:
            takes = ", ".join(known) if known else "none"
            raise ApiError(f"unknown query parameter {name!r} (this endpoint takes: {takes})",
                           status=400, code="E043")
        if n > 1:
            raise ApiError(f"query parameter {name!r} given {n} times; give it once",
                           status=400, code="E043")
    for name, value in request.query_params.multi_items():
        check_param(name, value)


def check_param(name: str, value: str) -> None:
    """400 E043 for an empty value, a has_count other than true/false, a limit that is not a
    whole number in range; the other values are checked where they are used (EventQuery)."""
    accepts = ACCEPTS.get(name, "a non-empty value")
    if not value:
        problem = "is empty (leave the parameter out for no filter)"
    elif name == "has_count" and value not in ("true", "false"):
        problem = f"cannot be {value!r}"
    elif name == "limit" and not (_WHOLE.fullmatch(value) and 1 <= int(value) <= MAX_LIMIT):
        problem = f"cannot be {value!r}"
    else:
        return
    raise ApiError(f"query parameter {name!r} {problem}: it takes {accepts}", status=400, code="E043")
