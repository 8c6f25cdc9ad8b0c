"""Shared CLI helpers: one-line errors (never a traceback) and a stderr console."""
from __future__ import annotations

import errno
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NoReturn

import click
import typer
from typer.exceptions import TyperException
from rich.console import Console

from rasd.errors import InputError, RasdError

DEBUG_HELP = "Show the full traceback of an unexpected error."


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(exc: BaseException) -> str:
    """`error E0xx: message` for a RasdError (stage named when known), E000 otherwise."""
    if isinstance(exc, RasdError):
        stage = getattr(exc, "stage", None)
        where = f"stage {stage}: " if stage else ""
        return f"error {exc.code}: {where}{exc.message}"
    return f"error E000: unexpected {type(exc).__name__}: {exc} (run again with --debug for the traceback)"


def fail(exc: BaseException, *, exit_code: int = 1) -> NoReturn:
    typer.echo(error_line(exc), err=True)
    raise typer.Exit(exit_code)


@contextmanager
def cli_errors(*, debug: bool = False) -> Iterator[None]:
    """Turn errors into one stderr line and a non-zero exit (tracebacks only with --debug)."""
    try:
        yield
    except (typer.Exit, typer.Abort, SystemExit, click.ClickException, TyperException):
        raise  # exits and usage errors are click's to show
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        closed_stdout()
    except RasdError as exc:
        if debug:
            raise
        fail(exc)
    except Exception as exc:  # noqa: BLE001 - the whole point: no traceback for users
        if debug:
            raise
        fail(exc)


def closed_stdout() -> NoReturn:
    """The reader of stdout went away (`rasd extract big.jsonl -o - | head -1`): stop quietly
    with 141 (128 + SIGPIPE), as a shell tool killed by the signal does; it was `error E000:
    unexpected BrokenPipeError`. stdout is pointed at /dev/null so that Python's own flush at
    exit does not report the closed pipe a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test runner's buffer)
        pass
    raise typer.Exit(141)


def check_output(path) -> None:
    """Refuse, before any work is done, an output path that cannot be written (E008): its
    folder missing, or the path a folder. None and '-' (stdout) always pass."""
    if path is None or str(path) == "-":
        return
    path = Path(path)
    if path.is_dir():
        raise InputError(f"cannot write {path}: it is a directory", code="E008")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"cannot write {path}: no directory {parent}", code="E008")
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write {path}: {parent} is not writable", code="E008")


def read_config(path) -> str:
    """The text of a --config TOML file, or one coded line: missing or a directory (E008),
    unreadable (E008), not UTF-8 (E003). A missing file was an E000 FileNotFoundError in
    the commands that read it late (ingest, serve)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"config file not found: {path}", code="E008")
    try:
        return path.read_text("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", code="E008") from None
    except UnicodeDecodeError:
        raise InputError(f"config file is not UTF-8 text: {path}", code="E003") from None


def check_sources(sources) -> None:
    """Refuse, before any work, an input named on the command line that is not there (E008):
    a path that does not exist, or an `@list` file that does not. A mistyped path was a
    'failed 1' line and exit status 0, as if the run had gone well. URLs are checked when
    fetched; the entries of an @list are data, reported with the other failures."""
    for source in sources:
        source = str(source)
        if source.startswith(("http://", "https://")):
            continue
        if source.startswith("@"):
            if not Path(source[1:]).expanduser().is_file():
                raise InputError(f"input list not found: {source[1:]}", code="E008")
        elif not Path(source).expanduser().exists():
            raise InputError(f"file or directory not found: {source}", code="E008")


def check_port(host: str, port: int) -> None:
    """Refuse (E053) an address the server cannot listen on (the port taken, the host not an
    interface of this machine) before serving: uvicorn logged it and exited 1 with no code.
    SO_REUSEADDR as uvicorn sets it, so a port left in TIME_WAIT is not taken for busy."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family = infos[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        why = "the port is taken (another server?); pick another with --port" \
            if getattr(exc, "errno", None) == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise InputError(f"cannot listen on {host}:{port}: {why}", code="E053") from None


def check_not_input(output, inputs) -> None:
    """Refuse (E008) an output that is one of the inputs: input is read as it is processed,
    so opening the output would empty the input before it is read (the data lost)."""
    if output is None or str(output) == "-" or not Path(output).exists():
        return
    for source in inputs:
        source = str(source)
        if source != "-" and Path(source).is_file() and os.path.samefile(source, output):
            raise InputError(f"cannot write {output}: it is the input, which would be emptied "
                             "before it is read; write elsewhere", code="E008")


def open_output(path, mode: str = "w") -> "OutputFile":
    """Open an output file; an OSError, opening it or writing to it, is one `error E008`
    line, never a traceback."""
    try:
        return OutputFile(open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})), path)
    except OSError as exc:
        raise cannot_write(path, exc) from None


def cannot_write(path, exc: OSError) -> InputError:
    return InputError(f"cannot write {path}: {exc.strerror or exc}", code="E008")


class OutputFile:
    """An open output file whose write, flush and close turn an OSError (the disk full, an
    I/O error) into E008 naming the file: `rasd extract -o /full/disk/out.jsonl` ended in
    `error E000: unexpected OSError`."""

    def __init__(self, fh, path) -> None:
        self._fh = fh
        self.path = path

    def write(self, data) -> int:
        try:
            return self._fh.write(data)
        except OSError as exc:
            raise cannot_write(self.path, exc) from None

    def flush(self) -> None:
        try:
            self._fh.flush()
        except OSError as exc:
            raise cannot_write(self.path, exc) from None

    def close(self) -> None:
        try:
            self._fh.close()
        except OSError as exc:
            raise cannot_write(self.path, exc) from None

    def __enter__(self) -> "OutputFile":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            self.close()
            return
        try:  # already failing: the first error is the one to report
            self._fh.close()
        except OSError:
            pass


def write_text(path, text: str) -> None:
    """Write to a file, or to stdout when path is None or '-'."""
    if path is None or str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        with open_output(path) as fh:
            fh.write(text)
