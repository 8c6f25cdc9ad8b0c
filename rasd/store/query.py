"""EventQuery: the filters every event view shares (API, page, export, CLI).

`where(query, fts)` turns a query into one parameterised WHERE clause with `?`
placeholders; the backends only supply the full-text clause.
"""
from __future__ import annotations

import base64
import binascii
import calendar
import json
import math
import re
from datetime import date
from dataclasses import dataclass, fields
from typing import Callable

from rasd.errors import RasdError
from rasd.model.record import EVENT_TYPES
from rasd.text import norm_key

MAX_LIMIT = 500
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"[A-Z]{2}")
# C0 controls and DEL: no filter or id legitimately holds one, and a NUL reaches the driver
# as an error (PostgreSQL refuses NUL in text; SQLite FTS5 reports a syntax error).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class QueryError(RasdError):
    """A filter value that cannot be used (bad date, bbox, cursor, type)."""

    code = "E043"


@dataclass
class EventQuery:
    type: str | None = None
    mode: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    actor: str | None = None
    q: str | None = None
    has_count: bool | None = None
    cluster: str | None = None
    limit: int = 100
    cursor: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                check_value(f.name, value)
        if self.country:  # ISO codes are stored upper-case; `sy` means SY, as `assault` means ASSAULT
            self.country = self.country.upper()
            if not _COUNTRY.fullmatch(self.country):  # `SYR` or `Syria` matched nothing, silently
                raise QueryError(f"country must be an ISO 3166-1 alpha-2 code such as SY, not {self.country!r}")
        if self.type:
            self.type = self.type.upper()
            if self.type not in EVENT_TYPES:
                raise QueryError(f"unknown event type {self.type!r}; use one of {', '.join(EVENT_TYPES)}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                check_date(name, value)
        if self.date_from and self.date_to and _first_day(self.date_from) > _last_day(self.date_to):
            # from=2024-02&to=2024-01 matched nothing, silently, as if no event were there
            raise QueryError(f"from {self.date_from} is after to {self.date_to}; give the earlier date as from")
        if isinstance(self.bbox, str):
            self.bbox = parse_bbox(self.bbox)
        if not 1 <= int(self.limit) <= MAX_LIMIT:
            raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {self.limit}")

    def replace(self, **changes) -> "EventQuery":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return EventQuery(**values)


def check_value(name: str, value: str) -> str:
    """Refuse a query value or id holding a control character (400 E043 in the API)."""
    if _CONTROL.search(value):
        raise QueryError(f"{name} must not contain control characters")
    return value


_DATE_NAMES = {"date_from": "from", "date_to": "to"}


def check_date(name: str, value: str) -> str:
    """A filter date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists on the calendar: month 13
    or 30 February is refused (E043), not read as a bound no event reaches."""
    label = _DATE_NAMES.get(name, name)
    problem = f"{label} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
    if not _DATE.match(value):
        raise QueryError(problem)
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        raise QueryError(problem) from None
    return value


def _first_day(value: str) -> str:
    """The first day a filter date `YYYY[-MM[-DD]]` covers, as YYYY-MM-DD."""
    return value + "-01-01"[len(value) - 4:] if len(value) < 10 else value


def _last_day(value: str) -> str:
    """The last day a filter date covers (2024-02: 2024-02-29)."""
    if len(value) == 10:
        return value
    if len(value) == 4:
        return value + "-12-31"
    year, month = int(value[:4]), int(value[5:7])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"  # 9999-12 too (no date(10000, 1, 1))


def like_pattern(text: str) -> str:
    """`%text%` for LIKE … ESCAPE '\\', with the user's own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(x) for x in text.split(","))
    except ValueError:
        raise QueryError(f"bbox must be 'west,south,east,north' in degrees, not {text!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise QueryError(f"bbox must be four finite numbers of degrees, not {text!r}")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise QueryError(f"bbox {text!r} is off the globe: longitudes are -180..180, latitudes -90..90")
    if south > north:
        raise QueryError(f"bbox south {south} is north of north {north}")
    return west, south, east, north


def encode_cursor(sort_date: str, event_id: str) -> str:
    raw = json.dumps([sort_date, event_id], ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        sort_date, event_id = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise QueryError(f"invalid cursor {cursor!r}; pass next_cursor from a previous page") from None
    return str(sort_date), str(event_id)


def _date_end(value: str) -> str:
    """The last day a partial date covers, as a comparable string ('2024-02' -> '2024-02-99')."""
    return value + {4: "-99-99", 7: "-99"}.get(len(value), "")


def where(query: EventQuery, fts: Callable[[str], tuple[str, list]]) -> tuple[str, list]:
    """WHERE clause (without ordering/paging) and its parameters."""
    clauses: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        clauses.append(sql)
        params.extend(values)

    for column in ("type", "mode", "country", "admin1"):
        value = getattr(query, column)
        if value:
            add(f"e.{column} = ?", value)
    if query.cluster:
        add("e.cluster_id = ?", query.cluster)
    # An event overlaps [from, to] when it starts before `to` ends and ends after `from`.
    if query.date_from:
        add("COALESCE(e.date_end, e.date) >= ?", query.date_from)
    if query.date_to:
        # sort_date is date (or '' when undated, which `e.date <= ?` excludes anyway): the
        # same bound on it lets the list index start at `to` instead of scanning from the top.
        add("e.date <= ? AND e.sort_date <= ?", _date_end(query.date_to), _date_end(query.date_to))
    if query.bbox:
        west, south, east, north = query.bbox
        add("e.lat BETWEEN ? AND ?", south, north)
        if west <= east:
            add("e.lon BETWEEN ? AND ?", west, east)
        else:  # crosses the antimeridian
            add("(e.lon >= ? OR e.lon <= ?)", west, east)
    if query.actor:
        add("e.actors LIKE ? ESCAPE '\\'", like_pattern(norm_key(query.actor)))
    if query.has_count is not None:
        add("e.has_count = ?", 1 if query.has_count else 0)
    if query.q and norm_key(query.q):
        sql, values = fts(norm_key(query.q))
        add(sql, *values)
    return (" AND ".join(clauses) or "1 = 1"), params


def fts5_match(text: str) -> str:
    """An FTS5 MATCH expression: every word, quoted (so user text is never FTS syntax)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())
