"""Place scoring (SPEC §4): gold located mentions against the predicted places that cover them.

Unit: every gold mention of an entity that a gold place with coordinates links to. For each
unit the predicted place is the one whose entity has a mention overlapping it (with coordinates
first, then the largest overlap).
"""
from __future__ import annotations

from typing import Any

from rasd.eval.geo import coords, distance_km
from rasd.eval.metrics import Note, Tally, no_note, ratio
from rasd.eval.spans import entity_mentions, overlap


def _located(record: dict) -> list[tuple[dict, dict]]:
    """(mention, place) for every mention of an entity that a place links to."""
    ents = entity_mentions(record)
    return [(m, pl) for pl in record.get("places") or [] if isinstance(pl, dict)
            for m in ents.get(pl.get("entity")) or []]


def _best_place(mention: dict, pred: list[tuple[dict, dict]]) -> dict | None:
    best = max(((coords(pl) is not None, overlap(mention, m), -i, pl)
                for i, (m, pl) in enumerate(pred) if overlap(mention, m) > 0),
               key=lambda c: c[:3], default=None)
    return best[3] if best else None


def _brief(mention: dict, place: dict | None) -> dict:
    out = dict(mention)
    if isinstance(place, dict):
        out.update({k: place.get(k) for k in ("name", "lat", "lon", "country")})
    return out


def score_places(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    units = [(m, pl) for m, pl in _located(gold) if coords(pl) is not None]
    p_all = _located(pred)
    t = Tally(units=len(units))
    for mention, g_place in units:
        p_place = _best_place(mention, p_all)
        if p_place is None or (p_xy := coords(p_place)) is None:
            note("missed", _brief(mention, g_place), _brief(mention, p_place) if p_place else None,
                 "no predicted place" if p_place is None else "predicted place has no coordinates")
            continue
        t["found"] += 1
        km = distance_km(coords(g_place), p_xy)
        t["within_25km"] += km <= 25.0
        t["within_161km"] += km <= 161.0
        same_country = (str(g_place.get("country") or "").upper()
                        == str(p_place.get("country") or "").upper() != "")
        t["country_ok"] += same_country
        if km > 25.0 or not same_country:
            note("far", _brief(mention, g_place), _brief(mention, p_place),
                 f"{km:.0f} km" + ("" if same_country else ", other country"))
    p_units = {(m["start"], m["end"]): (m, pl) for m, pl in p_all if coords(pl) is not None}
    t["pred_located"] = len(p_units)
    for m, pl in p_units.values():
        if any(overlap(m, g) for g, _ in units):
            t["pred_located_ok"] += 1
        else:
            note("spurious", None, _brief(m, pl), "no gold located mention here")
    return t


def figures_places(t: Tally) -> dict[str, Any]:
    units, empty = t["units"], t["units"] == 0 and t["pred_located"] == 0
    p = ratio(t["pred_located_ok"], t["pred_located"], vacuous=empty)
    r = ratio(t["found"], units, vacuous=empty)
    f1 = 1.0 if empty else (2 * p * r / (p + r) if p + r else 0.0)
    return {"p": p, "r": r, "f1": f1,
            "toponym_recall": r,
            "acc_25km": ratio(t["within_25km"], units, vacuous=empty),
            "acc_161km": ratio(t["within_161km"], units, vacuous=empty),
            "country_acc": ratio(t["country_ok"], units, vacuous=empty),
            "n_gold": units, "found": t["found"], "within_25km": t["within_25km"],
            "within_161km": t["within_161km"], "country_ok": t["country_ok"],
            "n_pred": t["pred_located"], "pred_ok": t["pred_located_ok"]}
