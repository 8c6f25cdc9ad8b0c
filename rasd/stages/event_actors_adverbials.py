"""The subject after the act's time and place set off by a comma: "التقى السبت في موسكو، وزراء
خارجية روسيا وإيران وسوريا". A verb that opens its clause and is followed by nothing but its
day and place, then a comma, has its subject past that comma — the comma closes no clause.
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import Span
from rasd.stages.event_candidates import COMMAS, Candidate
from rasd.stages.event_detect import Trigger
from rasd.stages.event_mentions import clause_bounds, mentions_in

_IN = frozenset({"في"})  # the preposition before the place ("في موسكو"; بـ is glued to its word)


def _adverbial(doc: Document, tok) -> bool:
    """The token lies inside a time expression or a place name, or is the في before a place."""
    if tok.norm in _IN:
        return True
    if any(t.start <= tok.start and tok.end <= t.end for t in doc.times):
        return True
    return any(m.label == "LOC" for m in mentions_in(doc, Span(tok.start, tok.end, "")))


def past_adverbials(doc: Document, tokens: Sequence, trig: Trigger, lo: int, hi: int,
                    everywhere: Sequence[Candidate]) -> tuple[int, Candidate | None]:
    """(end of the clause, its subject) for a verb that opens its clause (lo) when only its time
    and place stand between it and a comma and a candidate opens the words after that comma;
    else (hi, None)."""
    if trig.first != lo or hi <= trig.last + 1 or hi + 1 >= len(tokens) or tokens[hi].norm not in COMMAS:
        return hi, None
    nxt = tokens[hi + 1]
    subject = next((c for c in everywhere if nxt.start <= c.span.start < nxt.end), None)
    if subject is None or not all(_adverbial(doc, tokens[k]) for k in range(trig.last + 1, hi)):
        return hi, None
    return clause_bounds(tokens, hi + 1, hi + 1)[1], subject
