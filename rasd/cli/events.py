"""`rasd cluster` (cross-article event deduplication) and `rasd eval gsr` (event detection on the
OEDA Arabic gold standard; dispatched by rasd.cli.evaluate)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from rasd.cli._common import DEBUG_HELP, cli_errors, write_text
from rasd.errors import InputError, RasdError


def register(app: typer.Typer) -> None:
    app.command("cluster")(cluster)


def _read_records(path: Path) -> list[dict]:
    if not path.exists():
        raise InputError(f"file not found: {path}", code="E008")
    if path.is_dir():
        return [r for p in sorted(path.glob("*.json")) for r in _read_records(p)]
    text = path.read_text("utf-8")
    try:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: bad JSON ({exc.msg}, line {exc.lineno})", code="E005") from None
    return data if isinstance(data, list) else [data]


def cluster(
    records: Annotated[list[Path], typer.Argument(help="rasd/1 records: .json, .jsonl or directories.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (default stdout).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Merge the same happening reported by several articles into clusters."""
    with cli_errors(debug=debug):
        from rasd.stages.cluster import cluster_events

        recs = [r for p in records for r in _read_records(p)]
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
            table.add_row(c.id, c.type, str(rep.get("date")), str(rep.get("place_name") or "-"),
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
