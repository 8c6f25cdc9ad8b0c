"""Date arithmetic for the times stage: weekdays, relative units, year inference, Hijri.

All functions are pure; `Ctx` carries what resolution may depend on: the
publication date, the article's "today" (the text wins over the metadata,
SPEC §2.7), the last day resolved (for "اليوم ذاته"), and the reference used
to infer a year when nothing else fixes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

MOD_OFFSET = {"قبل الماضي": -2, "قبل الماضية": -2, "الماضي": -1, "الماضية": -1, "المنصرم": -1,
              "المنصرمة": -1, "المنقضي": -1, "المنقضية": -1, "الفائت": -1, "الفائتة": -1, "الفارط": -1,
              "الفارطة": -1, "السابق": -1,
              "الجاري": 0, "الجارية": 0, "الحالي": 0,
              "الحالية": 0, "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1,
              "المقبلين": 1, "القادمين": 1, "الماضيين": -1, "المنصرمين": -1, None: 0}


@dataclass
class Ctx:
    published: date | None
    today: date | None          # the article's "today"; differs from published when the text says so
    reference: date             # for year inference with no published date
    context_year: int | None = None
    last_day: date | None = None
    clause: str = ""  # the sentence before the expression (up to CLAUSE_CHARS): tense cues far back
    after: str = ""  # the few characters after the expression (a timeline entry's colon)
    chronology: tuple[int, int] | None = None  # (year, month) of the last dated timeline entry
    # (month, day) → the date the text fixed for it (a year or المقبل/الماضي written with it):
    # the same day named again bare is that date ("الرابع من يوليو المقبل … الرابع من يوليو")
    told_days: dict = field(default_factory=dict)


def parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", s)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def weekday_on_or_before(base: date, wd: int) -> date:
    return base - timedelta(days=(base.weekday() - wd) % 7)


def mod_offset(mod: str | None) -> int:
    return MOD_OFFSET.get(" ".join(mod.split()) if mod else None, 0)


def weekday_relative(base: date, wd: int, offset: int) -> date:
    """offset 0: on or before base; -1: strictly before (-2: the one before that);
    +1: strictly after."""
    if offset < 0:
        return weekday_on_or_before(base - timedelta(days=1), wd) - timedelta(days=7 * (-offset - 1))
    if offset > 0:
        return base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)
    return weekday_on_or_before(base, wd)


def iso_week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def year_for_day_month(base: date, month: int, day: int) -> int | None:
    """The year of "12 مارس" in an article of `base`: this year, unless that lies more than
    60 days ahead (news mostly reports the past), then last year."""
    d = safe_date(base.year, month, day)
    if d is None:
        d = safe_date(base.year - 1, month, day)
        return base.year - 1 if d else None
    return base.year - 1 if d > base + timedelta(days=60) else base.year


def year_for_day_mod(base: date, month: int, day: int, offset: int) -> int | None:
    """"3 أغسطس المقبل": the first such day after `base`; "30 ديسمبر الماضي": the last before;
    "23 أبريل الجاري": this year."""
    if offset == 0:
        return base.year if safe_date(base.year, month, day) else None
    step = 1 if offset > 0 else -1
    for y in (base.year, base.year + step, base.year + 2 * step):
        d = safe_date(y, month, day)
        if d is not None and (d > base if step > 0 else d < base):
            return y
    return None


def year_for_month(base: date, month: int, offset: int) -> int:
    """The year of a month named without one: المقبل looks forward, الماضي back; bare names
    are this year unless more than one month ahead."""
    if offset < 0:
        return base.year if month < base.month else base.year - 1
    if offset > 0:
        return base.year if month > base.month else base.year + 1
    return base.year - 1 if month > base.month + 1 else base.year


def infer_year_from_weekday(month: int, day: int, wd: int, ref: date) -> int | None:
    """The year whose `day`/`month` falls on weekday `wd`, nearest to `ref`: the latest such
    year not after `ref` when one exists within 40 years, else the nearest later one."""
    cands = [y for y in range(ref.year - 40, ref.year + 41)
             if (d := safe_date(y, month, day)) is not None and d.weekday() == wd]
    past = [y for y in cands if safe_date(y, month, day) <= ref]
    if past:
        return max(past)
    return min(cands, key=lambda y: abs(y - ref.year)) if cands else None


def hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_day_near(base: date, month: int, day: int, offset: int) -> date | None:
    """The Hijri day (month, day) in base's Hijri year, moved a Hijri year back or ahead so
    that it lies strictly before base (offset < 0) or strictly after it (offset > 0)."""
    try:
        year = Gregorian(base.year, base.month, base.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    d = hijri_to_gregorian(year, month, day)
    if d is not None and offset < 0 and d >= base:
        d = hijri_to_gregorian(year - 1, month, day)
    elif d is not None and offset > 0 and d <= base:
        d = hijri_to_gregorian(year + 1, month, day)
    return d


def duration_value(n: float, designator: str) -> str:
    num = int(n) if float(n).is_integer() else n
    if designator.startswith("T"):
        return f"PT{num}{designator[1]}"
    return f"P{num}{designator}"


def shift(base: date, n: int, designator: str) -> tuple[str, str]:
    """(value, precision) of `base` moved n units back (n > 0 means earlier)."""
    if designator == "D":
        return (base - timedelta(days=n)).isoformat(), "day"
    if designator == "W":
        return (base - timedelta(days=7 * n)).isoformat(), "week"
    if designator == "M":
        y, m = shift_month(base.year, base.month, -n)
        return f"{y:04d}-{m:02d}", "month"
    if designator == "Y":
        return f"{base.year - n:04d}", "year"
    return base.isoformat(), "day"  # hours and minutes ago: the day itself
