"""The `rasd` command. Each area registers its commands from its own module."""
from __future__ import annotations

import importlib

import typer

from rasd import __version__
from rasd.cli._usage import RasdGroup

app = typer.Typer(name="rasd", cls=RasdGroup, no_args_is_help=True, add_completion=False,
                  help="rasd — events, places, dates, counts and claims from Arabic news.")

# Modules that add commands: each defines register(app). Order = order in --help.
COMMAND_MODULES = (
    "rasd.cli.extract",    # extract, validate
    "rasd.cli.evaluate",   # eval
    "rasd.cli.data",       # data build
    "rasd.cli.ner",        # train ner
    "rasd.cli.places",     # places
    "rasd.cli.events",     # cluster
    "rasd.cli.service",    # ingest, serve, export
    "rasd.cli.process",    # process
    "rasd.cli.bench",      # bench
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """rasd — events, places, dates, counts and claims from Arabic news."""


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # not written yet
                continue
            raise
        module.register(app)


_register_all()


def run() -> None:
    app()
