"""`rasd data build` and `rasd data list`: resources derived from the public data folders."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from rasd.cli._common import DEBUG_HELP, cli_errors, err_console
from rasd.errors import ResourceError

data_app = typer.Typer(name="data", no_args_is_help=True,
                       help="Build and list the resources rasd derives from its data folders.")

WHERE = ("rasd builds its resources from a data directory holding the public sources "
         "(gazetteers, lexicons, corpora); see docs/data.md for what each folder is and where to "
         "download it. Pass --data-dir DIR or set RASD_DATA.")


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")


def _data_dir(data_dir: Path | None) -> Path:
    from rasd.resources import default_data_dir

    chosen = data_dir or default_data_dir()
    if chosen is None:
        raise ResourceError(f"no data directory found. {WHERE}", code="E031")
    if not Path(chosen).is_dir():
        raise ResourceError(f"data directory not found: {chosen}. {WHERE}", code="E031")
    return Path(chosen)


@data_app.command("build")
def build(
    data_dir: Annotated[Optional[Path], typer.Option(
        "--data-dir", help="Data directory (default: ../shared/data when present, else $RASD_DATA).")] = None,
    home: Annotated[Optional[Path], typer.Option(
        "--home", help="Where built resources go (default: $RASD_HOME, else ~/.cache/rasd).")] = None,
    only: Annotated[Optional[list[str]], typer.Option(
        "--only", help="Build only this resource (repeatable).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when the sources are unchanged.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Build the registered resources (skips those whose sources are unchanged)."""
    from rich.progress import BarColumn, Progress, TextColumn

    from rasd.resources import build_resources, rasd_home

    with cli_errors(debug=debug):
        src = _data_dir(data_dir)
        console = err_console()
        status: dict[str, str] = {}
        with Progress(TextColumn("{task.description:<24}"), BarColumn(), TextColumn("{task.fields[msg]}"),
                      console=console, disable=not console.is_terminal) as bar:
            tasks: dict[str, int] = {}

            def progress(name: str, frac: float, msg: str) -> None:
                if name not in tasks:
                    tasks[name] = bar.add_task(name, total=1.0, msg="")
                bar.update(tasks[name], completed=max(0.0, min(1.0, frac)), msg=msg)
                status[name] = msg

            manifest = build_resources(src, home=home, names=only or None, force=force, progress=progress)
        for name in sorted(status):
            verb = "up to date" if status[name] == "up to date" else "built"
            typer.echo(f"{name}: {verb}")
        typer.echo(f"{len(manifest)} resource(s) in {Path(home) if home else rasd_home()}/resources "
                   f"(from {src})")


@data_app.command("list")
def list_resources(
    home: Annotated[Optional[Path], typer.Option(
        "--home", help="Where built resources are (default: $RASD_HOME, else ~/.cache/rasd).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """List the registered resources and whether each is built."""
    from rich.console import Console
    from rich.table import Table

    from rasd.resources import Resources, registered_resources

    with cli_errors(debug=debug):
        res = Resources(home)
        specs = registered_resources()
        table = Table(box=None)
        for column in ("resource", "built", "sources", "description"):
            table.add_column(column, overflow="fold")
        for name in sorted(specs):
            spec = specs[name]
            table.add_row(name, "yes" if res.path(name) else "no", ", ".join(spec.sources), spec.description)
        Console(highlight=False, soft_wrap=True).print(table)
        if not specs:
            typer.echo("no resources registered")
