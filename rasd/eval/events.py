"""Event scoring (SPEC §4): tuples (type, place, date) matched one-to-one, best pair first.

A gold and a predicted event can match when
  - the types are equal,
  - the places are within 25 km, or both are null (a place id that is missing from the record's
    `places`, or a place without coordinates, counts as null),
  - the dates match under `rasd.eval.dates.dates_match` (±1 day; a coarser date containing the
    finer one; both null).
Among candidates the best pairs are taken first: overlapping triggers, then the smallest date
gap, then the smallest distance.
"""
from __future__ import annotations

from typing import Any

from rasd.eval.dates import Interval, date_interval, dates_match, gap_days
from rasd.eval.geo import coords, distance_km
from rasd.eval.metrics import Note, Tally, greedy_match, no_note, number, prf_of, ratio
from rasd.eval.spans import entity_mentions, is_span, overlap, same_argument

PLACE_KM = 25.0


class _Ev:
    """An event dict with its place coordinates and date interval resolved."""

    __slots__ = ("d", "type", "place", "xy", "days")

    def __init__(self, d: dict, places: dict[str, dict]) -> None:
        self.d = d
        self.type = d.get("type")
        self.place = places.get(d.get("place")) if isinstance(d.get("place"), str) else None
        self.xy = coords(self.place)
        self.days: Interval | None = date_interval(d.get("date"), d.get("time_precision"),
                                                   d.get("date_end"))


def _events(record: dict) -> list[_Ev]:
    places = {p.get("id"): p for p in record.get("places") or [] if isinstance(p, dict)}
    return [_Ev(v, places) for v in record.get("events") or [] if isinstance(v, dict)]


def _km(a: _Ev, b: _Ev) -> float | None:
    """Distance between the events' places; 0.0 when both are null; None when only one is."""
    if a.xy is None or b.xy is None:
        return 0.0 if a.xy is None and b.xy is None else None
    return distance_km(a.xy, b.xy)


def _pair_key(g: _Ev, p: _Ev) -> tuple | None:
    if g.type != p.type or not dates_match(g.days, p.days):
        return None
    km = _km(g, p)
    if km is None or km > PLACE_KM:
        return None
    return _trigger_overlap(g, p) > 0, -gap_days(g.days, p.days), -km


def _counts_ok(g: dict, p: dict) -> tuple[int, int]:
    """(right, asked) over the count categories the gold event has."""
    g_counts, p_counts = _counts(g), _counts(p)
    right = 0
    for cat, gc in g_counts.items():
        pc = p_counts.get(cat)
        if isinstance(gc, dict) and isinstance(pc, dict):
            right += (number(gc.get("value")) == number(pc.get("value"))
                      and gc.get("qualifier", "exact") == pc.get("qualifier", "exact"))
    return right, len(g_counts)


def _counts(event: dict) -> dict:
    counts = event.get("counts")
    return counts if isinstance(counts, dict) else {}


def score_events(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    g, p = _events(gold), _events(pred)
    pairs = greedy_match(g, p, _pair_key)
    t = Tally(n_gold=len(g), n_pred=len(p), tp=len(pairs))
    for ev in g:
        t[f"type.{ev.type}.n_gold"] += 1
    for ev in p:
        t[f"type.{ev.type}.n_pred"] += 1
    g_ents, p_ents = entity_mentions(gold), entity_mentions(pred)
    for i, j in pairs:
        t[f"type.{g[i].type}.tp"] += 1
        right, asked = _counts_ok(g[i].d, p[j].d)
        t["count_ok"] += right
        t["count_n"] += asked
        if right < asked:
            note("counts", _brief(g[i], "counts"), _brief(p[j], "counts"), "")
        # Gold source null: right only when the prediction has no source either.
        if same_argument(g[i].d.get("source"), p[j].d.get("source"), g_ents, p_ents):
            t["source_ok"] += 1
        else:
            note("source", _brief(g[i], "source"), _brief(p[j], "source"), "")
    _unmatched(g, p, pairs, note)
    t["gold_counts"] += sum(len(_counts(ev.d)) for ev in g)
    t["pred_counts"] += sum(len(_counts(ev.d)) for ev in p)
    return t


def _brief(ev: _Ev, *extra: str) -> dict:
    trig = ev.d.get("trigger") if is_span(ev.d.get("trigger")) else {}
    out = {**trig, "type": ev.type, "date": ev.d.get("date"),
           "time_precision": ev.d.get("time_precision"),
           "place": (ev.place or {}).get("name")}
    for key in extra:
        value = ev.d.get(key)
        out[key] = value.get("text") if key == "source" and isinstance(value, dict) else value
    return out


def _why_not(g: _Ev, p: _Ev) -> str:
    """Which part of the (type, place, date) tuple keeps two events apart."""
    reasons = []
    if g.type != p.type:
        reasons.append(f"type {p.type}")
    km = _km(g, p)
    if km is None:
        reasons.append("place null on one side")
    elif km > PLACE_KM:
        reasons.append(f"place {km:.0f} km away")
    if not dates_match(g.days, p.days):
        reasons.append(f"date {p.d.get('date')} ({p.d.get('time_precision')})")
    return ", ".join(reasons)


def _unmatched(g: list[_Ev], p: list[_Ev], pairs: list[tuple[int, int]], note: Note) -> None:
    """Missed gold events (with the nearest leftover prediction and why it did not match),
    then spurious predictions."""
    used_g, used_p = {i for i, _ in pairs}, {j for _, j in pairs}
    left = [ev for j, ev in enumerate(p) if j not in used_p]
    for i, ev in enumerate(g):
        if i in used_g:
            continue
        near = max(left, key=lambda c: (_trigger_overlap(ev, c), c.type == ev.type), default=None)
        if near is not None and (_trigger_overlap(ev, near) or near.type == ev.type):
            note("missed", _brief(ev), _brief(near), _why_not(ev, near))
        else:
            note("missed", _brief(ev), None, "")
    for ev in left:
        note("spurious", None, _brief(ev), "")


def _trigger_overlap(a: _Ev, b: _Ev) -> int:
    ta, tb = a.d.get("trigger"), b.d.get("trigger")
    return overlap(ta, tb) if is_span(ta) and is_span(tb) else 0


def figures_events(t: Tally) -> dict[str, Any]:
    out = prf_of(t)
    types = sorted({k.split(".")[1] for k in t if k.startswith("type.")})
    out["per_type"] = {ty: prf_of(t, f"type.{ty}.") for ty in types}
    no_counts = t["gold_counts"] == 0 and t["pred_counts"] == 0
    out["count_acc"] = ratio(t["count_ok"], t["count_n"], vacuous=no_counts)
    out["source_acc"] = ratio(t["source_ok"], t["tp"], vacuous=out["n_gold"] == out["n_pred"] == 0)
    out.update(count_ok=t["count_ok"], count_n=t["count_n"], source_ok=t["source_ok"])
    return out
