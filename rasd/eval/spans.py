"""Span arithmetic on record dicts ({"start", "end", "text", ...}) and span validation."""
from __future__ import annotations

from typing import Any, Iterator


def is_span(d: Any) -> bool:
    return (isinstance(d, dict) and isinstance(d.get("start"), int)
            and isinstance(d.get("end"), int) and isinstance(d.get("text"), str))


def overlap(a: dict, b: dict) -> int:
    """Number of shared code points of two half-open spans (0 when disjoint)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def overlaps(a: dict, b: dict) -> bool:
    return overlap(a, b) > 0


def iou(a: dict, b: dict) -> float:
    """Overlap as a share of the union of the two spans."""
    inter = overlap(a, b)
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union if union > 0 and inter > 0 else 0.0


def brief(item: dict | None, *keys: str) -> dict | None:
    """A short description of a span-bearing item for error listings."""
    if not isinstance(item, dict):
        return None
    out = {k: item[k] for k in ("start", "end", "text") if k in item}
    out.update({k: item.get(k) for k in keys})
    return out


def entity_mentions(record: dict) -> dict[str, list[dict]]:
    """entity id -> its mention spans."""
    return {e.get("id"): [m for m in e.get("mentions") or [] if is_span(m)]
            for e in record.get("entities") or [] if isinstance(e, dict)}


def same_argument(g: dict | None, p: dict | None, g_ents: dict, p_ents: dict) -> bool:
    """Gold and predicted speaker/source agree: both absent, spans overlap, or same entity.

    "Same entity" is decided through mentions, because entity ids are per record: the gold
    entity's mentions must overlap the predicted entity's mentions.
    """
    if not is_span(g) or not is_span(p):
        return not is_span(g) and not is_span(p)
    if overlaps(g, p):
        return True
    g_ms, p_ms = g_ents.get(g.get("entity")) or [], p_ents.get(p.get("entity")) or []
    return any(overlaps(a, b) for a in g_ms for b in p_ms)


def _walk(node: Any, path: str) -> Iterator[tuple[str, dict]]:
    if is_span(node):
        yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, f"{path}.{k}" if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}[{i}]")


def span_errors(record: dict, article: str, *, limit: int = 5) -> list[str]:
    """Spans of `record` whose text is not article[start:end] (at most `limit` messages).

    Every dict with int start/end and str text is a span, wherever it sits (mentions, times,
    quantities, quote parts, event triggers, arguments, sources, sentences); `doc` is skipped.
    """
    errors = []
    body = {k: v for k, v in record.items() if k != "doc"}
    for path, s in _walk(body, ""):
        start, end = s["start"], s["end"]
        if not 0 <= start <= end <= len(article):
            errors.append(f"{path}: offsets [{start},{end}) outside the article")
        elif article[start:end] != s["text"]:
            errors.append(f"{path}: text {s['text']!r} != article[{start}:{end}] "
                          f"{article[start:end]!r}")
        if len(errors) >= limit:
            break
    return errors
