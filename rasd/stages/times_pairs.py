"""Time expressions joined by و, read as one (times.py, after the rules): two weekdays name days
of one week in their order ("يومي الاثنين والثلاثاء", `joined_weekdays`), and a duration and one of
a smaller unit add up ("ثلاث ساعات و54 دقيقة", `joined_durations`)."""
from __future__ import annotations

import re
from datetime import timedelta

from rasd.stages import times_lex as L
from rasd.stages.times_resolve import parse_iso

_WD_ALT = "|".join(L.WEEKDAYS)
# the second of the pair: a bare weekday right after "و" ("والثلاثاء", "و الثلاثاء")
_JOINED_WEEKDAY = re.compile(rf"\s*و\s*(?:يوم\s+)?(?:{_WD_ALT})$")


def joined_weekdays(text: str, items: list) -> list:
    """"هطول الثلوج يومي الاثنين والثلاثاء" in a Monday paper: the Tuesday is the one after that
    Monday, not the week-old one a bare weekday reads back to (audit U64 BB-63). The second
    weekday moves to the first day of its name on or after the first one; only a bare weekday
    read from the publication moves, and only when "و" alone stands between the two."""
    if "و" not in text:
        return items
    out: list = []
    for ns, ne, v in items:
        if out and v["type"] == "date" and v["precision"] == "day" and v["anchor"] == "published":
            ps, pe, pv = out[-1]
            if (pv["type"] == "date" and pv["precision"] == "day" and ns - pe <= 3
                    and _JOINED_WEEKDAY.match(text[pe:ne])
                    and (a := parse_iso(pv["value"])) and (b := parse_iso(v["value"]))):
                want = a + timedelta(days=(b.weekday() - a.weekday()) % 7)
                if want != b and want != a:
                    v = dict(v, value=want.isoformat())
        out.append((ns, ne, v))
    return out


# ranks of ISO duration designators, largest unit first
_RANK = {"Y": 0, "M": 1, "W": 2, "D": 3, "TH": 4, "TM": 5, "TS": 6}
# (date units before T, time units after it: no other value is one this module can rank)
_ONE_PART = re.compile(r"^P(?:(\d+)([YMWD])|T(\d+)([HMS]))$")
_AND = re.compile(r"\s*و\s*")
# a singular unit word and و right before a duration: "ساعة و42 دقيقة", "عام وثلاثة أشهر"
_ONE_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(?P<u>ساعة|دقيقة|يوما?|اسبوعا?|شهرا?|عاما?|سنة)\s*و\s*$")


def _part(v: dict) -> tuple[str, int] | None:
    """("TM", 42) for a one-unit integer duration value such as PT42M."""
    m = _ONE_PART.match(v["value"]) if v["type"] == "duration" else None
    if m is None:
        return None
    return (m.group(2), int(m.group(1))) if m.group(1) else ("T" + m.group(4), int(m.group(3)))


def _iso(parts: list[tuple[str, int]]) -> str:
    date_part = "".join(f"{n}{d}" for d, n in parts if not d.startswith("T"))
    time_part = "".join(f"{n}{d[1]}" for d, n in parts if d.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "")


def joined_durations(text: str, items: list) -> list:
    """"ثلاث ساعات و54 دقيقة" is one duration, PT3H54M, and "ساعة و42 دقيقة" PT1H42M: a duration
    joined by و to one of a smaller unit right after it (or a singular unit word before it) adds
    up, where the parts were two durations or the larger one was lost (audit U64 FR-2486)."""
    if "و" not in text:
        return items
    out: list = []
    for ns, ne, v in items:
        part = _part(v)
        if part is None:
            out.append((ns, ne, v))
            continue
        prev = out[-1] if out else None
        pparts = _parts_of(prev[2]) if prev is not None else None
        if pparts and _RANK[pparts[-1][0]] < _RANK[part[0]] and _AND.fullmatch(text, prev[1], ns):
            out[-1] = (prev[0], ne, dict(prev[2], value=_iso(pparts + [part]), precision=v["precision"]))
            continue
        one = _ONE_UNIT_BEFORE.search(text, max(0, ns - 12), ns)
        if one is not None and (not out or out[-1][1] <= one.start()):
            unit = L.UNITS[one.group("u")][0]
            if _RANK[unit] < _RANK[part[0]]:
                out.append((one.start(), ne, dict(v, value=_iso([(unit, 1), part]))))
                continue
        out.append((ns, ne, v))
    return out


def _parts_of(v: dict) -> list[tuple[str, int]] | None:
    """The (designator, n) parts of a duration this module built or a one-unit one."""
    if v["type"] != "duration":
        return None
    m = re.fullmatch(r"P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?", v["value"])
    if m is None:
        return None
    parts = [(d, int(n)) for n, d in re.findall(r"(\d+)([YMWD])", m.group(1))]
    parts += [("T" + d, int(n)) for n, d in re.findall(r"(\d+)([HMS])", m.group(2) or "")]
    return parts or None
