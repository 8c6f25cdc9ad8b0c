"""`rasd ingest`, `rasd serve`, `rasd export`, `rasd demo`: thin skins over rasd.app.Rasd."""
from __future__ import annotations

import json
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import click
import typer

from rasd.cli._common import (DEBUG_HELP, check_not_input, check_output, check_port, check_sources, cli_errors,
                              err_console, read_config)
from rasd.errors import InputError, RasdError

DB_HELP = "Store: a SQLite path (default $RASD_DB or ./rasd.db) or postgresql://user@host/db."
NEWS_DEV = Path("../shared/data/news-dev/articles.jsonl")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    geojson = "geojson"
    csv = "csv"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("serve")(serve)
    app.command("export")(export_cmd)
    app.command("demo")(demo)


def _open(db: str | None, config: Path | None = None):
    from rasd.app import Rasd
    from rasd.store import open_store

    factory = None
    if config is not None:
        from rasd import load_pipeline
        toml = read_config(config)
        factory = lambda: load_pipeline(toml)  # noqa: E731
    return Rasd(open_store(db), pipeline_factory=factory)


def _sqlite_path(db: str | None) -> Path | None:
    """The file of a SQLite store (None for PostgreSQL or :memory:)."""
    import os

    from rasd.store import DEFAULT_DB

    url = db or os.environ.get("RASD_DB") or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")) or url == ":memory:":
        return None
    return Path(url[len("sqlite:///"):] if url.startswith("sqlite:///") else url)


def _check_store_exists(db: str | None, *, hint: str = "") -> None:
    """Reading commands refuse a SQLite path with no store behind it (E008): opening it would
    create an empty store and export nothing, so a mistyped --db looked like 'no events'."""
    path = _sqlite_path(db)
    if path is None:
        return
    if not path.is_file():
        raise InputError(f"no store at {path}; ingest into it first (rasd ingest … --db {path})"
                         f"{hint}", code="E008")


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, feed or page URLs.")],
    db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
    watch: Annotated[bool, typer.Option("--watch", help="Poll the inputs again and again.")] = False,
    interval: Annotated[float, typer.Option("--interval", min=1, help="Seconds between polls.")] = 300.0,
    roots: Annotated[Optional[list[str]], typer.Option(
        "--roots", help="Only read files under these directories (repeat the option).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Pipeline config TOML.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option(
        "--max-bytes", min=1, help="Largest article accepted, in bytes of UTF-8 text (default 2 MiB).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 when any input item failed (not with --watch).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Ingest articles (.txt, .html, .jsonl, directories, RSS/Atom feeds) into the store."""
    from rasd.ingest import watch as watch_loop
    from rasd.ingest.runner import one_pass_inputs

    if watch and (spent := one_pass_inputs(inputs)):  # a usage error, before the store is opened
        raise click.UsageError(f"--watch polls its inputs again and again, and {spent[0]} is a pipe "
                               "or stdin, read once: ingest it without --watch, or watch a file "
                               "or directory")
    with cli_errors(debug=debug):
        check_sources(inputs)  # before the store is opened: a typo leaves nothing behind
        rasd = _open(db, config)
        if max_bytes:
            rasd.max_bytes = max_bytes  # files, JSONL lines and the final check all use it
        rasd.pipeline  # noqa: B018 - fail now, in one line, if it cannot be built
        console = err_console()
        if watch:
            watch_loop(rasd, inputs, interval=interval, roots=roots,
                       on_round=lambda n, report: _print_report(console, report, round_no=n))
            return
        try:
            report = _ingest_with_progress(rasd, inputs, roots, console)
        except KeyboardInterrupt:
            # each item is stored in its own transaction with its `processed` mark
            console.print("interrupted: what was ingested is stored; run the same command "
                          "again to carry on where it stopped")
            raise typer.Exit(130) from None
        _print_report(console, report)
        rasd.close()
    if strict and report.failed:  # as `rasd extract --strict`: a script can tell a partial run
        raise typer.Exit(1)


def _ingest_with_progress(rasd, inputs, roots, console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rasd.ingest import ingest_sources

    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("", total=None)
        return ingest_sources(
            rasd, inputs, roots=roots,
            on_plan=lambda n: progress.update(task, total=n),
            on_item=lambda work, status: progress.update(task, advance=1,
                                                         description=f"{status}: {work.label[-40:]}"))


def _print_report(console, report, *, round_no: int | None = None) -> None:
    head = f"round {round_no}: " if round_no else ""
    # an item that failed in an earlier run is skipped too, but 'already done' read as stored
    done = report.skipped - report.skipped_failed
    before = (f"; not retried: {report.skipped_failed} that failed in an earlier run, unchanged "
              "(why: the failures table; an edited file is read again)") if report.skipped_failed else ""
    console.print(f"{head}added {report.added}, duplicates {report.duplicates}, "
                  f"already done {done}, failed {report.failed}{before}")
    for failure in report.failures[:20]:
        console.print(f"  error {failure['code']}: {failure['item']}: {failure['message']}")
    if len(report.failures) > 20:
        console.print(f"  … and {len(report.failures) - 20} more (see the failures table)")


def serve(
    db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    get: Annotated[Optional[str], typer.Option(
        "--get", help="Send one GET request in-process, print the answer (JSON pretty-printed) "
                      "and exit.")] = None,
    demo_data: Annotated[bool, typer.Option("--demo", help="Serve the bundled sample (see `rasd demo`).")] = False,
    config: Annotated[Optional[Path], typer.Option(
        "--config", help="Pipeline config TOML for POST /api/documents.")] = None,
    create: Annotated[bool, typer.Option(
        "--create", help="Create an empty store when --db names none (else that is an error).")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Serve the JSON API and the map page (binds 127.0.0.1 unless --host says otherwise).

    Writes (POST /api/documents) need RASD_API_TOKEN set; without it they are disabled."""
    if demo_data:
        return demo(db=db, host=host, port=port, sample="bundled", annotated=False, no_serve=False,
                    debug=debug)
    with cli_errors(debug=debug):
        if not create:
            _check_store_exists(db, hint=" or pass --create to serve a new, empty one")
        if get is None:
            check_port(host, port)  # before the store is opened: a taken port leaves nothing behind
        rasd = _open(db, config)
        _serve(rasd, host=host, port=port, get=get)


def _serve(rasd, *, host: str, port: int, get: str | None = None) -> None:
    from rasd.api.app import create_app

    app = create_app(rasd)
    if get is not None:
        import warnings

        with warnings.catch_warnings():  # starlette's notice about its httpx test client
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient

        response = TestClient(app).get(get)
        if response.headers.get("content-type", "").startswith("application/json"):
            typer.echo(json.dumps(response.json(), ensure_ascii=False, indent=2))
        else:  # an export (CSV, GeoJSON, JSONL, Parquet) or the page: the bytes as served
            import sys

            sys.stdout.flush()
            sys.stdout.buffer.write(response.content)
            sys.stdout.buffer.flush()
        raise typer.Exit(0 if response.status_code == 200 else 1)
    import uvicorn

    err_console().print(f"rasd: serving on http://{host}:{port}/  (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Output format.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file, or - for stdout.")],
    db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="Event type, e.g. ASSAULT.")] = None,
    mode: Annotated[Optional[str], typer.Option("--mode", help="Event mode, e.g. shelling.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From date YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To date YYYY[-MM[-DD]].")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO country code, e.g. SY.")] = None,
    admin1: Annotated[Optional[str], typer.Option("--admin1", help="Province/governorate.")] = None,
    bbox: Annotated[Optional[str], typer.Option("--bbox", help="west,south,east,north.")] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", help="Actor text, code or group.")] = None,
    q: Annotated[Optional[str], typer.Option("--q", help="Full-text search.")] = None,
    has_count: Annotated[Optional[bool], typer.Option(
        "--has-count/--no-count", help="Only events with (or without) counts.",
        show_default=False)] = None,
    cluster: Annotated[Optional[str], typer.Option(
        "--cluster", help="The events of one cross-article cluster.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Export events as JSONL (rasd/1), GeoJSON, ACLED-like CSV or Parquet."""
    from rasd.export import write_export
    from rasd.store import EventQuery

    with cli_errors(debug=debug):
        query = EventQuery(type=type, mode=mode, date_from=date_from, date_to=date_to,
                           country=country, admin1=admin1, bbox=bbox, actor=actor, q=q,
                           has_count=has_count, cluster=cluster)
        check_output(output)
        _check_store_exists(db)
        store_file = _sqlite_path(db)
        check_not_input(output, [store_file] if store_file else [])  # -o rasd.db: the store overwritten
        rasd = _open(db)
        existed = str(output) != "-" and output.exists()
        try:
            size = write_export(rasd, query, fmt.value, output)
        except KeyboardInterrupt:
            if str(output) == "-":
                raise
            # write_export renames the export onto the output only once it is whole: say what
            # Ctrl-C left, as `rasd extract` says how many records its output holds
            kept = f"{output} is as it was" if existed else f"{output} was not written"
            typer.echo(f"interrupted: {kept}", err=True)
            raise typer.Exit(130) from None
        where = "stdout" if str(output) == "-" else output
        err_console().print(f"wrote {where} ({size:,} bytes)")


def demo(
    db: Annotated[Optional[str], typer.Option("--db", help="Demo store (default: a temporary file).")] = None,
    host: Annotated[str, typer.Option("--host", help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    sample: Annotated[str, typer.Option(
        "--sample", help="'bundled' (10 invented articles), 'news-dev' (../shared/data/news-dev) "
                         "or a path to a .jsonl file.")] = "bundled",
    annotated: Annotated[bool, typer.Option(
        "--annotated", help="Store the bundled sample's hand annotations instead of running "
                            "the pipeline.")] = False,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Ingest only, then exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Ingest a sample and serve the map: the quickest way to see rasd work."""
    with cli_errors(debug=debug):
        db = db or str(Path(tempfile.mkdtemp(prefix="rasd-demo-")) / "demo.db")
        rasd = _open(db)
        console = err_console()
        report = _demo_ingest(rasd, sample, annotated=annotated, console=console)
        _print_report(console, report)
        console.print(f"store: {db}")
        if not no_serve:
            check_port(host, port)
            _serve(rasd, host=host, port=port)


def _demo_ingest(rasd, sample: str, *, annotated: bool, console):
    from rasd.app import IngestReport
    from rasd.samples import sample_articles, sample_records

    if sample == "bundled":
        if not annotated:
            try:
                rasd.pipeline  # noqa: B018 - build it now to know whether it is usable
            except (RasdError, OSError, ImportError) as exc:  # e.g. a model not trained yet
                console.print(f"warning: the pipeline cannot be built ({exc}); "
                              "storing the sample's hand annotations instead")
                annotated = True
        if annotated:
            texts = {a["id"]: a["text"] for a in sample_articles()}
            report = IngestReport()
            for record in sample_records():
                _, created = rasd.ingest_record(record, texts[record["doc"]["id"]])
                report.added += created
                report.duplicates += not created
            return report
        from rasd.model import Article
        return rasd.ingest((Article(**a), f"sample:{a['id']}") for a in sample_articles())
    path = NEWS_DEV if sample == "news-dev" else Path(sample)
    if not path.exists():
        raise InputError(f"sample not found: {path}", code="E008")
    return _ingest_with_progress(rasd, [str(path)], None, console)
