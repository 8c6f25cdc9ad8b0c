"""Probes for the quantities tests: what a case compares of the quantities found."""
from __future__ import annotations

from operator import attrgetter


def fields_of(quantities, *names: str) -> list[tuple]:
    """Each quantity as the tuple of the named fields: ("value", "category") → [(35, "other")]."""
    get = attrgetter(*names)
    return [get(q) for q in quantities]
