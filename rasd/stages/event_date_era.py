"""An era told in the paragraph before is no date for the next paragraph's happening."""
from __future__ import annotations

from typing import Sequence

from rasd.model.record import Span, TimeExpr

ERA_YEARS = 2  # years spanned from the first to the last: an era, not one happening's time


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def era_before_paragraph(text: str, times: Sequence[TimeExpr], prev: Span, sent: Span, t: TimeExpr) -> bool:
    """"وحكم الجنرال إسبانيا من عام 1939 حتى وفاته في عام 1975.⏎⏎وتظاهر نشطاء أمام المحكمة":
    years spanned at the close of the paragraph before (a range, or two years in one sentence)
    tell background (a reign, a war, a life); a new paragraph's act with no date of its own is
    not dated by them (and so not dropped as old)."""
    if t.precision != "year" or "\n" not in text[prev.end:sent.start]:
        return False
    last = _year(t.value_end) or _year(t.value)
    years = [_year(x.value) for x in times if prev.start <= x.start and x.end <= prev.end and x.precision == "year"]
    first = min((y for y in years if y is not None), default=None)
    return last is not None and first is not None and last - first >= ERA_YEARS
