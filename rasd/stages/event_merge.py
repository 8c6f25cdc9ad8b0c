"""One record per happening inside an article (SPEC §2.6): mentions of the same event merge.

Two events are the same happening when they have the same type, the same place (or neither
has one), dates that do not conflict and actors that do not conflict. The merged record keeps
the strongest trigger as evidence and the union of counts and arguments.

This module runs the merge (merge_events) and joins back-references; the test of one happening
lives in event_merge_same, the folding of one record into another in event_merge_absorb, the
ASSAULT mode and export codes in event_codes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Sequence

from rasd.model.record import Event
from rasd.stages.event_codes import codes, refine_mode
from rasd.stages.event_filter_words import PARTICIPANTS
from rasd.stages.event_merge_absorb import absorb, absorb_anaphor, shared_tolls
from rasd.stages.event_merge_same import (SIDES, WHOLE_COUNTRY, dates_agree, places_agree, retold, country_wide,
                                          same_happening)
from rasd.text import norm_key

# names other modules and tests import from here (re-exported from event_codes, event_merge_same,
# event_merge_absorb)
__all__ = ["SIDES", "WHOLE_COUNTRY", "dates_agree", "absorb", "absorb_anaphor", "codes", "country_wide",
           "merge_events", "refine_mode", "same_happening", "shared_tolls"]


def merge_events(events: Sequence[Event], strength: dict[str, int] | None = None,
                 where: dict[str, tuple] | None = None, *,
                 anaphors: set[str] | frozenset[str] = frozenset(),
                 relative: set[str] | frozenset[str] = frozenset(),
                 separate: set[str] | frozenset[str] = frozenset(),
                 refining: set[str] | frozenset[str] = frozenset(),
                 told: frozenset = frozenset(), risen: frozenset = frozenset()) -> list[Event]:
    """Merge mentions of one happening; `strength` maps event id → trigger strength,
    `where` place id → (lat, lon, country, admin1); events in `anaphors` ("الهجوم") join the latest event of
    their type when there is one; events in `relative` were dated by counting back from other
    news and merge only with the same day; events in `separate` ("وفي هجوم منفصل") join none
    of an earlier sentence; a back-reference in `refining` may give a finer place nearby, and
    one in `told` ((id, "place"), (id, "day")) the place or day its own sentence names; one
    dated only by the sentence before it ((id, "borrowed")) may retell an act of another day; a
    count read from a quantity in `risen` (an updated toll) replaces the earlier report's."""
    strength = dict(strength or {})
    shared = shared_tolls(events)
    out: list[Event] = []
    pending: list[Event] = []  # back-references with nothing before them yet
    for ev in events:
        if ev.id in anaphors:
            prior = [i for i, k in enumerate(out) if k.type == ev.type and k.trigger != ev.trigger]
            j = _referent(out, prior, ev, where or {}, told) if prior else None
            if j == _BACKGROUND:
                continue
            if j is not None:
                out[j] = absorb_anaphor(out[j], ev, where, refine=ev.id in refining, told=told, risen=risen)
            elif prior:  # it names a town of its own, far from the happenings told before
                out.append(ev)
            else:
                pending.append(ev)
            continue
        # the latest mention of the same happening, one naming the same mode first
        # (a shelling report joins the shelling, not the arson reported in between)
        fits = [i for i in range(len(out) - 1, -1, -1)
                if (ev.id not in separate or out[i].sentence == ev.sentence) and same_happening(
            *_night_pair(out[i], ev, told), where,
            outcome=min(strength.get(out[i].id, 2), strength.get(ev.id, 2)) < 2,
            exact_day=out[i].id in relative or ev.id in relative)]
        fits.sort(key=lambda i: out[i].mode != ev.mode)
        if not fits and (ev.id, "borrowed") in told:
            fits = [i for i in range(len(out) - 1, -1, -1) if retold(out[i], ev, where)]
        if fits:
            out[fits[0]] = absorb(out[fits[0]], ev, strength, shared, risen)
        else:
            out.append(ev)
    first_ref: dict[str, int] = {}  # type → the first unattached reference, kept as the event
    for ev in pending:  # a reference before the full report: join the first later one
        later = [i for i, k in enumerate(out) if same_happening(k, ev, where)]
        if later:
            out[later[0]] = absorb_anaphor(out[later[0]], ev, risen=risen)
        elif ev.type in first_ref:  # "موقع الهجوم" … "هذا الهجوم": one unreported attack
            out[first_ref[ev.type]] = absorb_anaphor(out[first_ref[ev.type]], ev)
        else:
            first_ref[ev.type] = len(out)
            out.append(ev)
    out = _twins_joined(out, strength, shared)
    out.sort(key=lambda e: e.trigger.start)
    return [replace(ev, id=f"v{i + 1}") for i, ev in enumerate(out)]


def _referent(out: list[Event], prior: list[int], ev: Event, where: dict, told: frozenset) -> int | None:
    """Which earlier event (index into `out`, one of `prior`) a back-reference names: the latest
    — unless it names its place in its own sentence, then the latest at that place ("قتل خمسة في
    تفجير في كركوك … وفي الموصل قتل ثلاثة في هجوم مسلح … وقال مسؤول إن التفجير في كركوك أسفر
    عن إصابة 20": the Kirkuk bombing's injured, not the Mosul attack's). None — a happening of
    its own — when that place is a town (or nearer) that agrees with none of them while the
    latest has a place of its own, and the reference names its own day or the people acting:
    "تظاهر الآلاف في بغداد … ورفع المحتجون يافطات في الناصرية" tells the Nasiriya protest."""
    if (ev.id, "place") in told and ev.place is not None:
        there = [i for i in prior if out[i].place is not None and places_agree(out[i], ev, where)]
        if there:
            return there[-1]
        latest = out[prior[-1]]
        if ((ev.geo_precision or 5) <= _TOWN_PRECISION and latest.place is not None
                and ev.place in where and latest.place in where
                and ((ev.id, "day") in told or _participants(ev))):
            return None
        # "… انتقام بسبب الهجوم التركي على منطقة عفرين" after an attack in Germany: a reference
        # naming its own doer in another country is background to the news, neither a retelling
        # nor news of its own (_BACKGROUND: dropped)
        if (ev.actors and latest.place in where and ev.place in where
                and where[latest.place][2] != where[ev.place][2]):
            return _BACKGROUND
    return prior[-1]


def _participants(ev: Event) -> bool:
    """The trigger names the people acting ("المحتجون", "المتظاهرين"), not the act: what they
    do at a town of their own is news there. (An act noun at another town — "والتفجيرات التي
    ضربت القطيف والدمام" — is more often a background list than news, unless it names its day.)"""
    word = norm_key(ev.trigger.text).split()[0].lstrip("وفلب").removeprefix("ال")
    return word.startswith(PARTICIPANTS)


_BACKGROUND = -1  # (_referent: a reference to drop)
_TOWN_PRECISION = 2  # geo_precision of a town or a place near one (SPEC §2.6)


def _night_pair(a: Event, b: Event, told: frozenset) -> tuple[Event, Event]:
    """Two mentions of one kind of act (same mode) at the same place, for comparison with the
    night of either running into the next day (not a night's clash in the city and the next
    morning's protest in a town nearby: another place)."""
    if a.mode != b.mode or a.place is None or a.place != b.place:
        return a, b
    return _through_morning(a, told), _through_morning(b, told)


def _through_morning(ev: Event, told: frozenset) -> Event:
    """An act of a night ("اعتقلت قوات الأمن الليلة الماضية 21 مطلوبا") is also of the morning
    after, the day its news is announced ("أعلن الجيش، الثلاثاء، اعتقال 21"): its day, for
    comparison only, runs into the next."""
    if (ev.id, "night") not in told or ev.date_end or ev.time_precision != "day" or not ev.date:
        return ev
    try:
        day = dt.date.fromisoformat(ev.date[:10])
    except ValueError:
        return ev
    return replace(ev, date_end=(day + dt.timedelta(days=1)).isoformat())


def _twins_joined(events: list[Event], strength: dict[str, int], shared: frozenset) -> list[Event]:
    """Records of one trigger, split by the places it names, that merging left with the same
    type, mode, place and date are one happening: "قتل 23 … فيما قتل 2 … في مواجهات جبل صبر
    والضباب" splits each trigger by the two hills, and the halves then meet again at one of them
    (records of different triggers stay as the merge left them: two doers may act in one sentence)."""
    out: list[Event] = []
    for ev in events:
        twin = next((i for i, k in enumerate(out) if k.trigger == ev.trigger
                     and k.place is not None and _twin_key(k) == _twin_key(ev)), None)
        if twin is None:
            out.append(ev)
        else:
            out[twin] = absorb(out[twin], ev, strength, shared)
    return out


def _twin_key(ev: Event) -> tuple:
    return ev.type, ev.mode, ev.place, ev.date, ev.date_end, ev.time_precision
