"""Exports of stored events: JSONL (rasd/1 records), GeoJSON, ACLED-like CSV, Parquet.

`export_chunks(app, query, fmt)` yields the export in byte chunks as the store is paged
through; `write_export(...)` writes them to a file as they come; `export(...)` joins them
(a small export). The rows
are the API's event summaries (rasd.api.views.event_summary), so every renderer
shows the same data.
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from rasd.api.views import event_summary
from rasd.errors import InputError, RasdError
from rasd.export_parquet import parquet_chunks
from rasd.store import EventQuery

CHUNK_ROWS = 500  # CSV rows per chunk written
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


def _summaries(app, query: EventQuery) -> Iterator[dict]:
    """The matching events' summaries as the store pages them out (iter_events: 500 a page)."""
    return (event_summary(row) for row in app.store.iter_events(query))


def _feature(item: dict) -> dict:
    place = item["place"]
    geometry = ({"type": "Point", "coordinates": [place["lon"], place["lat"]]}
                if place["lat"] is not None and place["lon"] is not None else None)
    return {"type": "Feature", "id": item["id"], "geometry": geometry, "properties": item}


def _geojson_chunks(items: Iterable[dict]) -> Iterator[bytes]:
    """A GeoJSON FeatureCollection, one Point feature per event, a feature at a time."""
    yield b'{"type": "FeatureCollection", "features": ['
    sep = b""
    for item in items:
        yield sep + json.dumps(_feature(item), ensure_ascii=False).encode("utf-8")
        sep = b", "
    yield b"]}"


def _jsonl_chunks(app, query: EventQuery) -> Iterator[bytes]:
    """One rasd/1 record per document, its events cut down to those matching the query. The
    ids are gathered first (the documents come sorted by id); each record is then fetched,
    written and let go, where all of them were held, joined, until the end."""
    by_doc: dict[str, set[str]] = {}
    for row in app.store.iter_events(query):
        by_doc.setdefault(row["doc_id"], set()).add(row["local_id"])
    for doc_id in sorted(by_doc):
        record = app.document(doc_id)["record"]
        record = dict(record, events=[e for e in record["events"] if e["id"] in by_doc[doc_id]])
        yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): an
# article's sentence or an actor's name is text from the web. Such text cells get a leading
# ' (OWASP's guard), which the spreadsheet shows as text; numbers (a negative longitude) and
# the JSONL, GeoJSON and Parquet exports are left as they are.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_chunks(items: Iterable[dict]) -> Iterator[bytes]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for n, item in enumerate(items, 1):
        writer.writerow({key: csv_cell(value) for key, value in csv_row(item).items()})
        if n % CHUNK_ROWS == 0:
            yield _drain(buf)
    yield _drain(buf)


def _drain(buf: io.StringIO) -> bytes:
    data = buf.getvalue().encode("utf-8")
    buf.seek(0)
    buf.truncate()
    return data


def _parquet_chunks(items: Iterable[dict]) -> Iterator[bytes]:
    return parquet_chunks(map(csv_row, items), CSV_COLUMNS)


def export_chunks(app, query: EventQuery, fmt: str) -> Iterator[bytes]:
    """The export of the events matching `query` in format `fmt`, as byte chunks made while
    the store is paged through: memory holds a page of rows (a Parquet row group), not the
    export. Raises E007 for an unknown format before anything is read."""
    check_format(fmt)
    if fmt == "jsonl":
        return _jsonl_chunks(app, query)
    if fmt == "geojson":
        return _geojson_chunks(_summaries(app, query))
    if fmt == "csv":
        return _csv_chunks(_summaries(app, query))
    return _parquet_chunks(_summaries(app, query))


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export(app, query: EventQuery, fmt: str) -> bytes:
    """The events matching `query` in format `fmt`, as bytes (a small export; a file or an
    HTTP response is written from export_chunks)."""
    return b"".join(export_chunks(app, query, fmt))


def write_export(app, query: EventQuery, fmt: str, out: str | Path) -> int:
    """Write the export to `out` ('-': stdout, as `rasd extract -o -`; it made a file named
    '-'); returns the number of bytes written. A file is written beside `out` under a
    temporary name and renamed onto it once whole: `out` was emptied first, so a store that
    failed half way (or a full disk, or Ctrl-C) lost the export it replaced."""
    chunks = export_chunks(app, query, fmt)
    if str(out) == "-":
        import sys

        sys.stdout.flush()
        size = _write_all(sys.stdout.buffer, chunks)
        sys.stdout.buffer.flush()
        return size
    target = Path(os.path.realpath(out))  # a link is written through, not replaced
    if target.exists() and not target.is_file():  # /dev/null, a FIFO: written in place, never renamed over
        return _write_in_place(out, chunks)
    if target.exists() and not os.access(target, os.W_OK):  # a read-only file stays as it is
        raise _cannot_write(out, PermissionError(13, "Permission denied"))
    _remove_stale_parts(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".part",
                                   dir=target.parent)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            size = _write_all(fh, chunks)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
        return size
    except BaseException as exc:  # the disk full, or the store failed half way: the old file kept
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _cannot_write(out, exc) from None
        raise


def _remove_stale_parts(target: Path) -> None:
    """Remove the `.NAME.PID-XXXX.part` files of earlier exports to `target` whose process is
    gone: an export killed with SIGKILL left its part file for ever (rasd process clears its
    temp files on a re-run). A part of a live process (a concurrent export) is left alone; one
    without a PID (the older naming) is stale."""
    import glob
    import re

    # the name is matched whole: the glob also matched `.events.csv.PID-XXXX.part` of a
    # concurrent export to events.csv when this one wrote `events`, and removed it
    ours = re.compile(rf"\.{re.escape(target.name)}\.(?:(\d+)-)?[a-z0-9_]+\.part")
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        match = ours.fullmatch(part.name)
        if match is None:
            continue  # another output's part
        pid = match.group(1)
        if pid and (int(pid) == os.getpid() or _alive(int(pid))):
            continue  # being written: this process (another thread) or a concurrent export
        try:
            part.unlink()
        except OSError:
            pass  # not ours to remove (another user's, a read-only folder): the export goes on


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but another user's
    return True


def _write_in_place(out, chunks: Iterable[bytes]) -> int:
    try:
        with open(out, "wb") as fh:
            return _write_all(fh, chunks)
    except OSError as exc:
        raise _cannot_write(out, exc) from None


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or a new file's (0666 less the umask): mkstemp makes 0600."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _cannot_write(out, exc: OSError) -> InputError:
    return InputError(f"cannot write {out}: {exc.strerror or exc}", code="E008")


def _write_all(fh, chunks: Iterable[bytes]) -> int:
    size = 0
    for chunk in chunks:
        fh.write(chunk)
        size += len(chunk)
    return size
