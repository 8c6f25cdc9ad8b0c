"""Two weekdays joined by و name days of one week in their order ("يومي الاثنين والثلاثاء")."""
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
