"""Corpus scoring: align gold and predicted records by `doc.id`, score each field, sum, report."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from rasd.eval import events, fields, places
from rasd.eval.metrics import Note, Tally, no_note
from rasd.eval.spans import span_errors

FIELDS: dict[str, tuple[Callable[..., Tally], Callable[[Tally], dict]]] = {
    "entities": (fields.score_entities, fields.figures_entities),
    "places": (places.score_places, places.figures_places),
    "times": (fields.score_times, fields.figures_times),
    "quantities": (fields.score_quantities, fields.figures_quantities),
    "quotes": (fields.score_quotes, fields.figures_quotes),
    "events": (events.score_events, events.figures_events),
}


def doc_id(record: Mapping) -> str | None:
    doc = record.get("doc")
    return doc.get("id") if isinstance(doc, Mapping) else None


def _empty(record_id: str) -> dict:
    return {"schema": "rasd/1", "doc": {"id": record_id}}


def score_document(gold: dict, pred: dict,
                   notes: Callable[[str], Note] | None = None) -> dict[str, Tally]:
    """Field tallies of one document; `notes(field)` gives the Note that receives its errors."""
    return {name: score(gold, pred, notes(name) if notes else no_note)
            for name, (score, _) in FIELDS.items()}


def _failed_document(gold: dict, pred: dict) -> dict[str, Tally]:
    """A record that fails validation scores zero: gold items are missed, predicted ones wrong."""
    empty = _empty(doc_id(gold) or "")
    missed, wrong = score_document(gold, empty), score_document(empty, pred)
    out = {}
    for name in FIELDS:
        t = Tally(missed[name])
        t.update(wrong[name])
        out[name] = t
    return out


def evaluate(gold: Iterable[dict], pred: Iterable[dict], *,
             articles: Mapping[str, str] | None = None, errors: bool = False) -> dict[str, Any]:
    """Score predicted records against gold records (SPEC §4).

    `articles` maps doc id -> original text; when given, a predicted record with a span whose
    text is not article[start:end] scores zero for its document. Predicted records for ids that
    are not in gold are ignored (listed under `docs.extra`); gold ids with no prediction count
    as documents where nothing was found. With `errors`, `result["errors"][field]` lists every
    missed, spurious or wrong item as {"doc", "kind", "gold", "pred", "why"}.
    """
    gold_by_id = {doc_id(r): r for r in gold}
    pred_by_id = {doc_id(r): r for r in pred}
    totals = {name: Tally() for name in FIELDS}
    found: dict[str, list[dict]] = {name: [] for name in FIELDS}
    invalid: dict[str, list[str]] = {}
    unchecked: list[str] = []
    for gid, g in gold_by_id.items():
        p = pred_by_id.get(gid) or _empty(gid)
        problems = _check(gid, p, articles, unchecked) if gid in pred_by_id else []
        if problems:
            invalid[gid] = problems
        notes = _collector(gid, found) if errors else None
        tallies = _failed_document(g, p) if problems else score_document(g, p, notes)
        for name, t in tallies.items():
            totals[name].update(t)
    result: dict[str, Any] = {name: figures(totals[name])
                              for name, (_, figures) in FIELDS.items()}
    if errors:
        result["errors"] = found
    result["docs"] = {
        "gold": len(gold_by_id), "pred": len(pred_by_id),
        "scored": sum(1 for i in gold_by_id if i in pred_by_id and i not in invalid),
        "missing": sorted(i for i in gold_by_id if i not in pred_by_id),
        "extra": sorted(str(i) for i in pred_by_id if i not in gold_by_id),
        "invalid": invalid,
        "spans_checked": articles is not None,
        "unchecked": sorted(unchecked),
        "sha256_mismatch": sorted(i for i in gold_by_id if i in pred_by_id
                                  and _sha(gold_by_id[i]) and _sha(pred_by_id[i])
                                  and _sha(gold_by_id[i]) != _sha(pred_by_id[i])),
    }
    return result


def _collector(doc: str, found: dict[str, list[dict]]) -> Callable[[str], Note]:
    def for_field(name: str) -> Note:
        def note(kind: str, gold: dict | None, pred: dict | None, why: str) -> None:
            found[name].append({"doc": doc, "kind": kind, "gold": gold, "pred": pred, "why": why})
        return note
    return for_field


def _sha(record: Mapping) -> str | None:
    doc = record.get("doc")
    return doc.get("sha256") or None if isinstance(doc, Mapping) else None


def _check(gid: str, pred: dict, articles: Mapping[str, str] | None,
           unchecked: list[str]) -> list[str]:
    if articles is None:
        return []
    if gid not in articles:
        unchecked.append(gid)
        return []
    return span_errors(pred, articles[gid])
