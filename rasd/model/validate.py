"""Validate a rasd/1 record: JSON Schema, span offsets, digest and internal references.

Pure: no printing, no file access beyond the schema packaged beside this module.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

import jsonschema

from rasd.model.document import sha256_text
from rasd.model.serialize import iter_spans

SCHEMA_FILE = "rasd-1.schema.json"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: where (a JSON path), what (a code), why (a message)."""

    path: str
    code: str  # E010 schema, E011 span text / offsets, E012 digest, E013 dangling reference
    message: str

    def __str__(self) -> str:
        return f"{self.code} {self.path or '$'}: {self.message}"


def load_schema() -> dict:
    """The rasd/1 JSON Schema shipped with the package."""
    return json.loads(importlib_resources.files("rasd.model").joinpath(SCHEMA_FILE).read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_record(record: Any, article_text: str | None = None) -> list[Problem]:
    """Every problem of `record`; an empty list means valid.

    With `article_text`, spans must reproduce the article (`text == article[start:end]`)
    and `doc.sha256` must be the digest of its UTF-8 bytes.
    """
    problems = _schema_problems(record)
    if not isinstance(record, dict):
        return problems
    problems += _span_problems(record, article_text)
    problems += _reference_problems(record)
    if article_text is not None:
        digest = (record.get("doc") or {}).get("sha256")
        if digest != sha256_text(article_text):
            problems.append(Problem("doc.sha256", "E012",
                                    f"sha256 {str(digest)[:12]}… is not the digest of the article text"))
    return problems


def _schema_problems(record: Any) -> list[Problem]:
    out = []
    for err in sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path))):
        out.append(Problem(_json_path(err.absolute_path), "E010", _short(err.message)))
    return out


def _json_path(parts) -> str:
    path = ""
    for p in parts:
        path += f"[{p}]" if isinstance(p, int) else (f".{p}" if path else str(p))
    return path


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit] + "…"


def _span_problems(record: dict, article: str | None) -> list[Problem]:
    out = []
    try:
        spans = list(iter_spans(record))
    except (AttributeError, TypeError):  # shape already reported by the schema
        return out
    for path, span in spans:
        if not isinstance(span, dict):
            continue
        start, end, text = span.get("start"), span.get("end"), span.get("text")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if start > end:
            out.append(Problem(path, "E011", f"start {start} > end {end}"))
            continue
        if isinstance(text, str) and len(text) != end - start:
            out.append(Problem(path, "E011", f"text has {len(text)} characters but the span is {end - start} long"))
            continue
        if article is None:
            continue
        if end > len(article):
            out.append(Problem(path, "E011", f"end {end} is past the article's end ({len(article)})"))
        elif article[start:end] != text:
            out.append(Problem(path, "E011",
                               f"text {text!r} != article[{start}:{end}] {article[start:end]!r}"))
    return out


def _ids(items: Any) -> set:
    return {it.get("id") for it in items if isinstance(it, dict)} if isinstance(items, list) else set()


def _reference_problems(record: dict) -> list[Problem]:
    """Ids that point nowhere: place.entity, event.place/time, speaker/actor entity, count.quantity."""
    entities, places = _ids(record.get("entities")), _ids(record.get("places"))
    times, quantities = _ids(record.get("times")), _ids(record.get("quantities"))
    out: list[Problem] = []

    def check(path: str, ref: Any, known: set, what: str) -> None:
        if ref is not None and ref not in known:
            out.append(Problem(path, "E013", f"{what} {ref!r} does not exist"))

    for i, p in enumerate(_items(record, "places")):
        check(f"places[{i}].entity", p.get("entity"), entities, "entity")
    for i, q in enumerate(_items(record, "quotes")):
        if isinstance(q.get("speaker"), dict):
            check(f"quotes[{i}].speaker.entity", q["speaker"].get("entity"), entities, "entity")
    for i, v in enumerate(_items(record, "events")):
        check(f"events[{i}].place", v.get("place"), places, "place")
        check(f"events[{i}].time", v.get("time"), times, "time")
        for role in ("actors", "targets"):
            for j, a in enumerate(v.get(role) or []):
                if isinstance(a, dict):
                    check(f"events[{i}].{role}[{j}].entity", a.get("entity"), entities, "entity")
        if isinstance(v.get("source"), dict):
            check(f"events[{i}].source.entity", v["source"].get("entity"), entities, "entity")
        counts = v.get("counts")
        for key, c in (counts.items() if isinstance(counts, dict) else ()):
            if isinstance(c, dict):
                check(f"events[{i}].counts.{key}.quantity", c.get("quantity"), quantities, "quantity")
    return out


def _items(record: dict, key: str) -> list[dict]:
    items = record.get(key)
    return [it for it in items if isinstance(it, dict)] if isinstance(items, list) else []
