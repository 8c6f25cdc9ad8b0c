"""Event dates as day intervals, and the ±1 day / containment rule of SPEC §4.

A date is turned into the closed interval of days it stands for:
  day      "2024-02-11"                  -> [2024-02-11, 2024-02-11]
  week     "2024-02-11" + precision week -> [2024-02-05, 2024-02-11]  (the 7 days ending there:
           gold uses the report date for undated current news, SPEC §2.6, and "last week" as a day
           a week before publication)
  month    "2024-02" (or a day + month)  -> the whole month
  year     "2024"    (or a day + year)   -> the whole year
`date_end`, when given, extends the interval to the end of its own interval.

Two dates match when the narrower interval lies inside the wider one widened by one day on
each side. For two days that is "within ±1 day"; for a month and a day it is "the month
contains the day" (coarser precision contains the finer one).
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]
ONE_DAY = timedelta(days=1)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _parse(value: str) -> tuple[date, str] | None:
    """(first day, natural precision) of an ISO value; None when it is not a date."""
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1), "isoweek"
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), "month"
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), "year"
    except ValueError:
        return None
    return None


def _widen(d: date, precision: str) -> Interval:
    if precision == "week":
        return d - 6 * ONE_DAY, d
    if precision == "isoweek":
        return d, d + 6 * ONE_DAY
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    return d, d


def date_interval(value: object, precision: object = None,
                  value_end: object = None) -> Interval | None:
    """The days a (value, precision, value_end) date stands for; None when there is no date."""
    if not isinstance(value, str) or not (parsed := _parse(value.strip())):
        return None
    day, natural = parsed
    # A stated precision coarser than the value's own form wins ("2024-02-11" + "week");
    # "day"/"unknown"/missing keep what the value's form says.
    coarse = precision if precision in ("week", "month", "year") and natural == "day" else natural
    lo, hi = _widen(day, coarse)
    if isinstance(value_end, str) and (end := _parse(value_end.strip())):
        hi = max(hi, _widen(end[0], end[1])[1])
    return lo, hi


def dates_match(a: Interval | None, b: Interval | None) -> bool:
    """SPEC §4: both null, or the narrower inside the wider widened by a day each side."""
    if a is None or b is None:
        return a is None and b is None
    narrow, wide = sorted((a, b), key=lambda iv: (iv[1] - iv[0], iv))
    return wide[0] - ONE_DAY <= narrow[0] and narrow[1] <= wide[1] + ONE_DAY


def gap_days(a: Interval | None, b: Interval | None) -> int:
    """Days between two intervals (0 when they overlap or both are null): a tie-breaker."""
    if a is None or b is None:
        return 0
    return max(0, (a[0] - b[1]).days, (b[0] - a[1]).days)
