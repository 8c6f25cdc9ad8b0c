"""`rasd bench [WHAT]`: run the benchmark modules in rasd/bench and print their figures."""
from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from rasd.cli._common import DEBUG_HELP, cli_errors, error_line
from rasd.errors import ResourceError

WHATS = ("all", "text", "ner", "places", "times", "events", "pipeline", "scale", "load", "fuzz", "sanity")


def register(app: typer.Typer) -> None:
    app.command("bench")(bench)


def bench(
    what: Annotated[str, typer.Argument(help=f"One of: {', '.join(WHATS)}.")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    data_dir: Annotated[Optional[Path], typer.Option(
        "--data-dir", help="Data directory (default: $RASD_DATA, else ../shared/data).")] = None,
    examples: Annotated[Optional[int], typer.Option(
        "--examples", help="Passed to the bench as `examples` (text: error examples to show; "
                                 "fuzz: inputs to generate; sanity: articles to scan).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help=DEBUG_HELP)] = False,
) -> None:
    """Measure rasd on public data (accuracy and speed figures)."""
    from rasd.bench import BENCHES, load_bench
    from rasd.resources import default_data_dir

    with cli_errors(debug=debug):
        if what not in WHATS:
            raise typer.BadParameter(f"{what!r} is not one of {', '.join(WHATS)}", param_hint="WHAT")
        if data_dir is not None and not data_dir.is_dir():
            raise ResourceError(f"data directory not found: {data_dir} (see docs/data.md)", code="E031")
        src = data_dir or default_data_dir()  # None: each bench says what it needs (some have samples)
        names = list(BENCHES) if what == "all" else [what]
        results, missing, failed = {}, [], {}
        for name in names:
            module = load_bench(name)
            if module is None:
                missing.append(name)
                continue
            try:
                results[name] = _call(module.run, data_dir=Path(src) if src else None, examples=examples)
            except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others
                if debug or what != "all":
                    raise
                failed[name] = error_line(exc)
        _print(results, missing, failed, as_json=as_json)
    if failed or (what != "all" and missing):
        raise typer.Exit(1)


def _call(run, **opts) -> dict:
    """Call run() with the options it accepts (benches differ in what they take)."""
    params = inspect.signature(run).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    kwargs = {k: v for k, v in opts.items() if v is not None and (takes_any or k in params)}
    return run(**kwargs)


def _print(results: dict, missing: list, failed: dict, *, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"results": results, "missing": missing, "failed": failed},
                              ensure_ascii=False, indent=1, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, soft_wrap=True)
    for name, figures in results.items():
        table = Table("figure", "value", title=f"bench {name}", box=None, title_justify="left")
        lists = {}
        for key, value in figures.items():
            if isinstance(value, (list, tuple)):
                lists[key] = value
            else:
                table.add_row(key, _fmt(value))
        console.print(table)
        for key, values in lists.items():
            console.print(f"{key}:", markup=False)
            for v in values:
                console.print(f"  {v}", markup=False)
    for name in missing:
        console.print(f"bench {name}: not written yet (no rasd.bench.{name})", markup=False)
    for name, line in failed.items():
        console.print(f"bench {name}: {line}", markup=False)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.4f}" if abs(value) < 1000 else f"{value:,.1f}"
    return str(value)
