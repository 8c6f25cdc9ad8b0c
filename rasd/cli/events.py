"""`rasd cluster` (cross-article event deduplication) and `rasd eval gsr` (event detection on the
OEDA Arabic gold standard; dispatched by rasd.cli.evaluate)."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli._common import DEBUG_HELP, check_not_input, check_output, cli_errors, write_text
from rasd.errors import InputError, RasdError


def register(app: typer.Typer) -> None:
    app.command("cluster")(cluster)


def _read_records(path: Path, problems: list[str]) -> list[dict]:
    """The records in a file or directory. A line or file that cannot be read is listed in
    `problems` (`where: error E0xx: …`) and skipped: it never loses the good ones."""
    if not path.exists():
        raise InputError(f"file not found: {path}", code="E008")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".json", ".jsonl"))
        return [r for p in files for r in _read_records(p, problems)]
    if path.suffix == ".jsonl":
        pieces = _jsonl_pieces(path, problems)
    else:
        try:
            pieces = [(str(path), path.read_bytes().decode("utf-8-sig"))]
        except UnicodeDecodeError:
            problems.append(f"{path}: error E003: not UTF-8 text (a binary file?)")
            return []
    out = []
    for where, piece in pieces:
        try:
            data = json.loads(piece)
        except json.JSONDecodeError as exc:
            at = f"column {exc.colno}" if path.suffix == ".jsonl" else f"line {exc.lineno}"
            problems.append(f"{where}: error E005: bad JSON ({exc.msg}, {at})")
            continue
        many = isinstance(data, list) and path.suffix != ".jsonl"
        for i, rec in enumerate(data if many else [data]):
            at = f"{where}[{i}]" if many else where
            if not (isinstance(rec, dict) and isinstance(rec.get("events"), list)
                    and all(isinstance(e, dict) for e in rec["events"])):
                problems.append(f'{at}: error E010: not a rasd/1 record (an object with an "events" list)')
            elif bad := _misshapen(rec):
                problems.append(f"{at}: error E010: not a rasd/1 record ({bad})")
            else:
                out.append(rec)
    return out


def _record_files(paths: list[Path]) -> list[Path]:
    """The files `_read_records` reads: the paths given, and the .json/.jsonl files of folders."""
    out = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in sorted(path.iterdir()) if p.is_file() and p.suffix in (".json", ".jsonl"))
        else:
            out.append(path)
    return out


def _misshapen(rec: dict) -> str | None:
    """What the clustering would trip on in a record (`"places": 5`, an actor that is a
    string, a latitude in text): it was `error E000: TypeError` and no cluster at all. Only
    the fields clustering reads are checked; a record may be partial, as a hand-made one is."""
    if not isinstance(rec.get("doc") or {}, dict):
        return '"doc" must be an object'
    places = rec.get("places") or []
    if not (isinstance(places, list) and all(isinstance(p, dict) for p in places)):
        return '"places" must be a list of objects'
    for p in places:
        if not all(p.get(k) is None or _number(p[k]) for k in ("lat", "lon")):
            return f"place {p.get('id')!r}: lat and lon must be numbers"
    for ev in rec["events"]:
        where = f"event {ev.get('id')!r}"
        # an event `{}` was clustered alone and listed as a "None None" cluster
        if not (isinstance(ev.get("id"), str) and ev["id"]):
            return 'every event needs an "id" (text)'
        if not (isinstance(ev.get("type"), str) and ev["type"]):
            return f'{where}: "type" must be an event type (text)'
        if not isinstance(ev.get("place"), (str, type(None))):
            return f'{where}: "place" must be a place id'
        if not isinstance(ev.get("time_precision"), (str, type(None))):
            return f'{where}: "time_precision" must be text'
        if not (ev.get("geo_precision") is None or _number(ev["geo_precision"])):
            return f'{where}: "geo_precision" must be a number'
        for key in ("actors", "targets"):
            args = ev.get(key) or []
            if not (isinstance(args, list) and all(isinstance(a, dict) and isinstance(a.get("code"), (str, type(None)))
                                                   for a in args)):
                return f'{where}: "{key}" must be a list of objects, each "code" text'
        counts = ev.get("counts") or {}
        if not (isinstance(counts, dict) and all(isinstance(c, dict) for c in counts.values())):
            return f'{where}: "counts" must be an object of counts'
    return None


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _jsonl_pieces(path: Path, problems: list[str]) -> list[tuple[str, str]]:
    """(where, line) for each line rasd.io.lines reads, as every command reads JSONL: a binary
    file is one E003, a line in another encoding that line's E003 (the whole file was lost
    to one bad byte), and a line is cut at \\n, \\r\\n or \\r only (splitlines cut a record at the U+2028
    that json.dumps(ensure_ascii=False) leaves in a text)."""
    from rasd.io.lines import binary_file, numbered_lines

    with path.open("rb") as fh:
        binary = binary_file(fh)
        if binary:
            problems.append(f"{path}: error {binary.code}: {binary.message}")
            return []
        pieces = []
        for n, line in numbered_lines(fh):
            if isinstance(line, InputError):
                problems.append(f"{path}:{n}: error {line.code}: {line.message}")
            else:
                pieces.append((f"{path}:{n}", line))
        return pieces


def cluster(
    records: Annotated[list[Path], typer.Argument(help="rasd/1 records: .json, .jsonl or directories.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (default stdout).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Merge the same happening reported by several articles into clusters."""
    with cli_errors(debug=debug):
        from rasd.stages.cluster import cluster_events

        # before reading: `-o recs.jsonl` over its own input replaced the records with the
        # clusters, and a missing folder was found only after the clustering
        check_output(output)
        check_not_input(output, _record_files(records))
        problems: list[str] = []
        recs = [r for p in records for r in _read_records(p, problems)]
        for line in problems:
            typer.echo(line, err=True)
        if problems and not recs:
            raise typer.Exit(1)
        if not recs:  # an empty folder: "0 clusters" read like an answer (validate refuses it too)
            raise InputError("no records found", code="E010")
        clusters = cluster_events(recs)
        if as_json or output:
            write_text(output, json.dumps([c.to_dict() for c in clusters], ensure_ascii=False,
                                          indent=2) + "\n")
            return
        table = Table(title=f"{len(clusters)} clusters from {len(recs)} records")
        for col in ("id", "type", "date", "place", "articles", "counts"):
            table.add_column(col)
        for c in clusters:
            rep = c.representative
            table.add_row(c.id, c.type, str(rep.get("date") or "-"), str(rep.get("place_name") or "-"),
                          str(len(c.docs)), c.summary())
        Console().print(table)


def eval_gsr_cmd(*, data_dir: Path | None, as_json: bool) -> None:
    """Sentence-level ASSAULT/PROTEST detection, 5-fold cross-validation on events-gsr-ar."""
    from rasd.resources import default_data_dir
    from rasd.stages.event_detect import evaluate_gsr

    base = Path(data_dir) if data_dir else default_data_dir()
    if base is None:
        raise RasdError("no data directory: pass --data-dir", code="E031")
    folder = base if (base / "assault_gsr.csv").exists() else base / "events-gsr-ar"
    if not (folder / "assault_gsr.csv").exists():
        raise RasdError(f"events-gsr-ar not found under {base}", code="E031")
    result = evaluate_gsr(folder)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    table = Table(title="events-gsr-ar sentence detection (5-fold CV)")
    for col in ("type", "n", "positives", "P", "R", "F1", "one coder's F1"):
        table.add_column(col)
    for etype, f in result.items():
        table.add_row(etype, str(f["n"]), str(f["positives"]), f"{f['p']:.3f}", f"{f['r']:.3f}",
                      f"{f['f1']:.3f}", f"{f['one_coder_f1']:.3f}")
    Console().print(table)
    Console().print("one coder's F1: a GSR coder drawn at random for each sentence, scored "
                    "against the consensus label (a human reference)")
