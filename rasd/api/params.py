"""Strict query strings on /api/: an unknown or a repeated query parameter is refused.

FastAPI ignores a parameter it does not know (`?limt=5` answered the default 100 events,
as if the filter had been applied) and takes the last of repeated ones (`?limit=1&limit=2`
gave 2). A client with a typo never learns of it; so both are 400 E043 naming the
parameter, as datasette and most typed clients expect. No rasd parameter is a list.
The names each route takes are read from its own signature and dependencies, so a new
filter needs no second list here.
"""
from __future__ import annotations

from collections import Counter

from fastapi import Request

from rasd.api.errors import ApiError

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
