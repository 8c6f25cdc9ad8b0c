"""`rasd process`: batch processing on a process pool or Ray."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rasd.cli._common import DEBUG_HELP, cli_errors, read_config


def process_cmd(
    input: Path = typer.Argument(..., help="JSONL/Parquet file or directory of shards."),
    output: Path = typer.Argument(..., help="Output file (.jsonl/.parquet) or directory of shards."),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or ray."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes / Ray actors."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per batch."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (default: start Ray locally)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Pipeline TOML config."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any article failed."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Run the pipeline over many articles; finished shards are skipped on a re-run."""
    with cli_errors(debug=debug):
        report = _process(input, output, engine=engine, workers=workers, batch_size=batch_size,
                          address=address, config=config)
    if report.failures and (strict or not report.documents):
        # a run where every article failed exited 0, as a good one did; --strict as in
        # `rasd extract` and `rasd ingest`: a script can tell a partial run
        raise typer.Exit(1)


def _process(input: Path, output: Path, *, engine: str, workers: int, batch_size: int,
             address: str | None, config: Path | None):
    from rasd.scale.process import process_path

    config_toml = read_config(config) if config is not None else None
    _check_plan(input, output, engine)
    columns = (TextColumn("[bold]process"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn())
    with Progress(*columns, transient=False, console=_stderr()) as bar:
        task = bar.add_task("process", total=0, rate="-")

        def total(n: int) -> None:
            bar.update(task, total=(bar.tasks[0].total or 0) + n)

        def advance(n: int) -> None:
            bar.advance(task, n)
            t = bar.tasks[0]
            if t.elapsed:
                bar.update(task, rate=f"{t.completed / t.elapsed:.1f}")

        report = process_path(input, output, engine=engine, workers=workers, batch_size=batch_size,
                              config_toml=config_toml, address=address, on_progress=advance,
                              on_total=total)
    typer.echo(f"{report.documents} documents in {report.shards_done} shards "
               f"({report.shards_skipped} already done), {report.failures} failures", err=True)
    for f in report.failed[:20]:
        typer.echo(f"  failed {f['doc_id']}: {f['code']} {f['stage']}: {f['message']}", err=True)
    return report


def _check_plan(input: Path, output: Path, engine: str) -> None:
    """The input, its shards and the engine checked before the progress bar is drawn: a
    missing input was an empty `0/0` bar, then its error line."""
    from rasd.errors import ConfigError
    from rasd.scale.ray_engine import ENGINES
    from rasd.scale.shards import plan_shards

    plan_shards(input, output)
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r} ({', '.join(ENGINES)})")


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("process")(process_cmd)
