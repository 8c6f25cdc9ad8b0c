"""Scorers for the span fields of SPEC §4: entities, times, quantities, quotes (places and
events have their own modules).

Each field has `score_<field>(gold, pred, note) -> Tally` for one document (record dicts) and
`figures_<field>(tally) -> dict` for the corpus total. Tallies are summed across documents
before figures are computed, so every figure is micro-averaged. `note` receives each error
when the caller wants them listed (see metrics.Note).
"""
from __future__ import annotations

from typing import Any

from rasd.eval.metrics import Note, Tally, greedy_match, no_note, number, prf_of, ratio
from rasd.eval.spans import brief, entity_mentions, iou, is_span, overlap, same_argument
from rasd.model.record import LABELS, SCORED_CATEGORIES


def _items(record: dict, field: str) -> list[dict]:
    return [x for x in record.get(field) or [] if isinstance(x, dict)]


def _spans(record: dict, field: str) -> list[dict]:
    return [x for x in _items(record, field) if is_span(x)]


def _unmatched(gold: list, pred: list, pairs: list[tuple[int, int]], note: Note,
               describe) -> None:
    """Report gold items left without a partner as missed, predicted ones as spurious."""
    used_g, used_p = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in used_g:
            note("missed", describe(g), None, "")
    for j, p in enumerate(pred):
        if j not in used_p:
            note("spurious", None, describe(p), "")


# -- entities -----------------------------------------------------------------------------

def _mentions(record: dict) -> dict[tuple[str, int, int], str]:
    """Unique (label, start, end) mentions of a record -> their text."""
    return {(e.get("label"), m["start"], m["end"]): m["text"]
            for e in _items(record, "entities") for m in e.get("mentions") or [] if is_span(m)}


def score_entities(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    g_text, p_text = _mentions(gold), _mentions(pred)
    g, p = sorted(g_text, key=str), sorted(p_text, key=str)
    t = Tally(n_gold=len(g), n_pred=len(p), tp=len(set(g) & set(p)))
    for label in {m[0] for m in g + p} | set(LABELS):
        gs, ps = {m for m in g if m[0] == label}, {m for m in p if m[0] == label}
        t.update({f"{label}.n_gold": len(gs), f"{label}.n_pred": len(ps),
                  f"{label}.tp": len(gs & ps)})
    # Lenient: same label and any overlap, still one-to-one (largest overlap first).
    pairs = greedy_match(g, p, lambda a, b: (min(a[2], b[2]) - max(a[1], b[1]))
                         if a[0] == b[0] and min(a[2], b[2]) > max(a[1], b[1]) else None)
    t.update({"lenient.n_gold": len(g), "lenient.n_pred": len(p), "lenient.tp": len(pairs)})
    _entity_errors(g_text, p_text, note)
    return t


def _entity_errors(g_text: dict, p_text: dict, note: Note) -> None:
    def d(m, texts):
        return {"start": m[1], "end": m[2], "text": texts[m], "label": m[0]}

    def near(m, others):
        return next((o for o in others if min(m[2], o[2]) > max(m[1], o[1])), None)

    missed, spurious = set(g_text) - set(p_text), set(p_text) - set(g_text)
    for m in sorted(missed, key=lambda x: x[1]):
        o = near(m, spurious)
        why = "" if o is None else ("boundary" if o[0] == m[0] else "label")
        note("missed", d(m, g_text), d(o, p_text) if o else None, why)
    for m in sorted(spurious, key=lambda x: x[1]):
        if near(m, missed) is None:
            note("spurious", None, d(m, p_text), "")


def figures_entities(t: Tally) -> dict[str, Any]:
    labels = sorted({k.split(".")[0] for k in t if "." in k} - {"lenient"} | set(LABELS), key=str)
    out = prf_of(t)
    out["per_label"] = {lab: prf_of(t, f"{lab}.") for lab in labels}
    out["lenient"] = prf_of(t, "lenient.")
    out["lenient_f1"] = out["lenient"]["f1"]
    return out


# -- times --------------------------------------------------------------------------------

def score_times(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    g, p = _spans(gold, "times"), _spans(pred, "times")
    pairs = greedy_match(g, p, lambda a, b: overlap(a, b) or None)
    ok = 0
    for i, j in pairs:
        if (g[i].get("value"), g[i].get("precision")) == (p[j].get("value"), p[j].get("precision")):
            ok += 1
        else:
            note("value", brief(g[i], "value", "precision"), brief(p[j], "value", "precision"), "")
    _unmatched(g, p, pairs, note, lambda x: brief(x, "value", "precision"))
    return Tally(n_gold=len(g), n_pred=len(p), tp=len(pairs), value_ok=ok)


def figures_times(t: Tally) -> dict[str, Any]:
    out = prf_of(t)
    out["value_acc"] = ratio(t["value_ok"], t["tp"], vacuous=out["n_gold"] == out["n_pred"] == 0)
    out["value_ok"] = t["value_ok"]
    return out


# -- quantities ---------------------------------------------------------------------------

QTY_KEYS = ("value", "qualifier", "category")


def _scored(record: dict) -> list[dict]:
    return [q for q in _spans(record, "quantities") if q.get("category") in SCORED_CATEGORIES]


def _same_quantity(a: dict, b: dict) -> bool:
    return (number(a.get("value")) == number(b.get("value"))
            and a.get("qualifier") == b.get("qualifier") and a.get("category") == b.get("category"))


def score_quantities(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    g, p = _scored(gold), _scored(pred)
    # Pairs that are fully right are preferred, so strict scoring never loses to the matching.
    pairs = greedy_match(g, p, lambda a, b: (_same_quantity(a, b), overlap(a, b))
                         if overlap(a, b) else None)
    strict = 0
    for i, j in pairs:
        if _same_quantity(g[i], p[j]):
            strict += 1
        else:
            note("attributes", brief(g[i], *QTY_KEYS), brief(p[j], *QTY_KEYS), "")
    _unmatched(g, p, pairs, note, lambda x: brief(x, *QTY_KEYS))
    return Tally({"n_gold": len(g), "n_pred": len(p), "tp": strict,
                  "span.n_gold": len(g), "span.n_pred": len(p), "span.tp": len(pairs)})


def figures_quantities(t: Tally) -> dict[str, Any]:
    out = prf_of(t)
    out["span"] = prf_of(t, "span.")
    out["span_f1"] = out["span"]["f1"]
    return out


# -- quotes -------------------------------------------------------------------------------

def _quote_brief(q: dict) -> dict:
    return {**q["content"], "speaker": (q.get("speaker") or {}).get("text")}


def score_quotes(gold: dict, pred: dict, note: Note = no_note) -> Tally:
    g = [q for q in _items(gold, "quotes") if is_span(q.get("content"))]
    p = [q for q in _items(pred, "quotes") if is_span(q.get("content"))]
    pairs = greedy_match(g, p, lambda a, b: (x if (x := iou(a["content"], b["content"])) >= 0.5
                                             else None))
    g_ents, p_ents = entity_mentions(gold), entity_mentions(pred)
    ok = 0
    for i, j in pairs:
        if same_argument(g[i].get("speaker"), p[j].get("speaker"), g_ents, p_ents):
            ok += 1
        else:
            note("speaker", _quote_brief(g[i]), _quote_brief(p[j]), "")
    _unmatched(g, p, pairs, note, _quote_brief)
    return Tally(n_gold=len(g), n_pred=len(p), tp=len(pairs), speaker_ok=ok)


def figures_quotes(t: Tally) -> dict[str, Any]:
    out = prf_of(t)
    out["speaker_acc"] = ratio(t["speaker_ok"], t["tp"],
                               vacuous=out["n_gold"] == out["n_pred"] == 0)
    out["speaker_ok"] = t["speaker_ok"]
    return out
