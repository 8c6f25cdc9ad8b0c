"""Exports of stored events: JSONL (rasd/1 records), GeoJSON, ACLED-like CSV, Parquet.

`export(app, query, fmt)` returns bytes; `write_export(...)` writes a file. The rows
are the API's event summaries (rasd.api.views.event_summary), so every renderer
shows the same data.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rasd.api.views import event_summary
from rasd.errors import InputError, RasdError
from rasd.store import EventQuery

FORMATS = ("jsonl", "geojson", "csv", "parquet")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "geojson": "application/geo+json",
               "csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}
CSV_COLUMNS = ("event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
               "country", "admin1", "admin2", "location", "latitude", "longitude",
               "geo_precision", "time_precision", "source", "fatalities", "notes",
               "injured", "displaced", "arrested", "claimant", "evidence", "rasd_type", "rasd_mode")

# rasd type/mode → ACLED event_type, sub_event_type (SPEC §2.6 table). Types with no ACLED
# equivalent keep their rasd name so no row has an empty type.
_ACLED = {
    ("ASSAULT", "airstrike"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "shelling"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "bombing"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "clash"): ("Battles", "Armed clash"),
    ("ASSAULT", "abduction"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("ASSAULT", "sexual"): ("Violence against civilians", "Sexual violence"),
    ("ASSAULT", None): ("Violence against civilians", "Attack"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("PROTEST", None): ("Protests", "Peaceful protest"),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests"),
    ("COERCE", "demolition"): ("Strategic developments", "Looting/property destruction"),
    ("COERCE", None): ("Strategic developments", "Other"),
    ("AGREE", None): ("Strategic developments", "Agreement"),
    ("RETREAT", None): ("Strategic developments", "Non-violent transfer of territory"),
    ("MOBILIZE", None): ("Strategic developments", "Other"),
}


class ExportError(RasdError):
    code = "E007"


def acled_type(rasd_type: str, mode: str | None) -> tuple[str, str]:
    return _ACLED.get((rasd_type, mode)) or _ACLED.get((rasd_type, None)) or (rasd_type, mode or "")


def csv_row(item: dict) -> dict:
    place, counts = item["place"], item["counts"]
    event_type, sub_type = acled_type(item["type"], item["mode"])
    value = lambda key: (counts.get(key) or {}).get("value")  # noqa: E731
    return {"event_id": item["id"], "event_date": item["date"], "event_type": event_type,
            "sub_event_type": sub_type, "actor1": (item["actors"] or [None])[0],
            "actor2": (item["targets"] or [None])[0], "country": place["country"],
            "admin1": place["admin1"], "admin2": place["admin2"],
            "location": place["name_en"] or place["name"], "latitude": place["lat"],
            "longitude": place["lon"], "geo_precision": place["geo_precision"],
            "time_precision": item["time_precision"], "source": item["outlet"],
            "fatalities": value("killed"), "notes": item["sentence"], "injured": value("injured"),
            "displaced": value("displaced"), "arrested": value("arrested"),
            "claimant": item["claimant"], "evidence": item["trigger"],
            "rasd_type": item["type"], "rasd_mode": item["mode"]}


def _items(app, query: EventQuery) -> list[dict]:
    return [event_summary(row) for row in app.store.iter_events(query)]


def to_geojson(items: list[dict]) -> dict:
    features = []
    for item in items:
        place = item["place"]
        geometry = ({"type": "Point", "coordinates": [place["lon"], place["lat"]]}
                    if place["lat"] is not None and place["lon"] is not None else None)
        features.append({"type": "Feature", "id": item["id"], "geometry": geometry,
                         "properties": item})
    return {"type": "FeatureCollection", "features": features}


def _jsonl(app, query: EventQuery) -> bytes:
    """One rasd/1 record per document, its events cut down to those matching the query."""
    by_doc: dict[str, set[str]] = {}
    for row in app.store.iter_events(query):
        by_doc.setdefault(row["doc_id"], set()).add(row["local_id"])
    lines = []
    for doc_id in sorted(by_doc):
        record = app.document(doc_id)["record"]
        record = dict(record, events=[e for e in record["events"] if e["id"] in by_doc[doc_id]])
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): an
# article's sentence or an actor's name is text from the web. Such text cells get a leading
# ' (OWASP's guard), which the spreadsheet shows as text; numbers (a negative longitude) and
# the JSONL, GeoJSON and Parquet exports are left as they are.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(items: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({key: csv_cell(value) for key, value in csv_row(item).items()})
    return buf.getvalue().encode("utf-8")


def _parquet(items: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [csv_row(item) for item in items]
    columns = {name: [r[name] for r in rows] for name in CSV_COLUMNS}
    table = pa.table(columns) if rows else pa.table({n: pa.array([], pa.string()) for n in CSV_COLUMNS})
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def export(app, query: EventQuery, fmt: str) -> bytes:
    """The events matching `query` in format `fmt`, as bytes."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return _jsonl(app, query)
    items = _items(app, query)
    if fmt == "geojson":
        return json.dumps(to_geojson(items), ensure_ascii=False).encode("utf-8")
    return _csv(items) if fmt == "csv" else _parquet(items)


def write_export(app, query: EventQuery, fmt: str, out: str | Path) -> int:
    """Write the export to `out` ('-': stdout, as `rasd extract -o -`; it made a file named
    '-'); returns the number of bytes written."""
    data = export(app, query, fmt)
    if str(out) == "-":
        import sys

        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return len(data)
    try:
        Path(out).write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}", code="E008") from None
    return len(data)
