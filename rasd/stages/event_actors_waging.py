"""States that wage a strike: "شنت واشنطن وباريس ولندن ضربات عسكرية", "الغارات التي شنتها
واشنطن وباريس". A country or capital named as the subject of a verb of waging is its army
(SPEC §2.1 <ISO3>MIL: a state strikes by its armed forces); states are no candidates of their
own (a country next to a physical act is as often where it happened), so the waging verb,
which leaves no doubt, names them here.
"""
from __future__ import annotations

from typing import Sequence

from rasd.gazetteer.countries import ISO3, is_capital
from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_actors_physical import WAGING
from rasd.stages.event_candidates import COMMAS, Candidate
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_mentions import RELATIVES, mentions_in, places_by_entity

# the finite verb of waging before its subject (VSO: "شنت واشنطن … ضربات", "نفذت روسيا غارات")
_WAGE_VERBS = frozenset({"شنت", "شن", "نفذت", "نفذ", "شنتا", "نفذتا"})
_MAX_STATES = 4


def _states_from(doc: Document, tokens: Sequence, k: int, stop: int) -> tuple[list[Candidate], int]:
    """The states joined by و (or a comma) from token k up to token `stop` (exclusive), each a
    country or capital; ([], k) when token k begins none. Returns them and the index past them."""
    if k >= stop:
        return [], k
    places = places_by_entity(doc)
    found: list[Candidate] = []
    j = k
    for m in mentions_in(doc, Span(tokens[k].start, tokens[stop - 1].end, "")):
        if len(found) >= _MAX_STATES or j >= stop:
            break
        if j > k and tokens[j].norm in COMMAS:
            j += 1
            if j >= stop:  # (a comma last: tokens[j] may be past the end)
                break
        # the mention must begin this token (after a و on a later one) and be a state
        lead = 0 if j == k else 1
        if not (tokens[j].start <= m.start <= tokens[j].start + lead) or (lead and tokens[j].norm[:1] != "و"):
            if m.start < tokens[j].start:
                continue
            break
        p = places.get(m.entity) if m.label == "LOC" and m.entity else None
        if p is None or ISO3.get(p.country or "") is None \
                or (p.feature != "country" and not is_capital(p.name_en, p.country)):
            break
        found.append(Candidate(ArgSpan(m.start, m.end, doc.text[m.start:m.end], m.entity,
                                       ISO3[p.country] + "MIL"), True))
        while j < stop and tokens[j].end <= m.end:
            j += 1
    return found, j


def _before_time(doc: Document, tokens: Sequence, first: int) -> int:
    """The index where a time expression (and a comma after it) right before token `first`
    begins — the subject of the waging verb ends there ("شنت روسيا اليوم غارات") — else `first`."""
    k = first
    if k > 0 and tokens[k - 1].norm in COMMAS:
        k -= 1
    times = [t for t in doc.times if t.end <= tokens[k - 1].end] if k > 0 else []
    t = max(times, key=lambda t: t.end, default=None)
    if t is None or t.end != tokens[k - 1].end:
        return first
    while k > 0 and tokens[k - 1].start >= t.start:
        k -= 1
    return k


def waging_states(doc: Document, tokens: Sequence, trig: Trigger) -> list[Candidate]:
    """"شنت واشنطن وباريس ولندن ضربات عسكرية" (the states between the verb and the strike
    noun), "الضربات التي شنتها واشنطن وباريس" / "غارات شنتها روسيا" (the states right after
    the relative verb of waging)."""
    # before: verb, states, then the trigger right after them (or after the act's time:
    # "وشنت الولايات المتحدة وبريطانيا فجر اليوم، ضربات")
    stop = _before_time(doc, tokens, trig.first)
    for v in range(max(0, stop - 2 * _MAX_STATES), stop):
        if tokens[v].norm.lstrip("وف") in _WAGE_VERBS or tokens[v].norm in _WAGE_VERBS:
            states, end = _states_from(doc, tokens, v + 1, stop)
            if states and end == stop:
                return states
    # after: (relative pronoun) waging verb with the object pronoun, then the states
    k = trig.last + 1
    if k + 1 < len(tokens) and tokens[k].norm in RELATIVES:
        k += 1
    if k + 1 < len(tokens) and WAGING.intersection(candidates(tokens[k].norm)):
        states, _end = _states_from(doc, tokens, k + 1, min(len(tokens), k + 1 + 2 * _MAX_STATES))
        return states
    return []
