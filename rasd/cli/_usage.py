"""Usage errors (unknown option, missing argument, bad value, unknown command) as one coded line.

click shows these as a usage block and a boxed message without a rasd code, unlike every other
error a user can meet; the root group turns them into `error E009: … (see 'rasd X --help')`,
exit status 2 (click's status for usage errors, so scripts keep telling them apart).
"""
from __future__ import annotations

from typing import Any

import click.exceptions
import typer
from typer.core import TyperGroup

from rasd.errors import plain_message

# the usage errors parsing may raise: recent typer parses with its own copy of click
# (typer._click), older typer with click itself; pyproject allows both (typer>=0.12)
try:
    from typer._click.exceptions import UsageError as _TyperUsageError
    USAGE_ERRORS: tuple[type[Exception], ...] = (_TyperUsageError, click.exceptions.UsageError)
except ImportError:
    USAGE_ERRORS = (click.exceptions.UsageError,)


def usage_line(exc: Any, command_path: str | None = None) -> str:
    """`command_path` names the command when the error carries no context: click raises an
    option given without its value (`--format` last) from its parser, with no ctx."""
    ctx = exc.ctx
    path = ctx.command_path if ctx is not None else command_path
    hint = f" (see '{path} --help')" if path else ""
    message = plain_message(exc.format_message())  # (typer's pydantic coercion of a bad choice)
    return f"error E009: {message}{hint}"


def _no_args_help(exc: Any) -> bool:
    # `rasd` or `rasd data` alone prints the help: that is no error to code
    return type(exc).__name__ == "NoArgsIsHelpError"


class RasdGroup(TyperGroup):
    """The root `rasd` group: parsing of it and of every subcommand runs inside these two
    methods, so one place codes every usage error."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except USAGE_ERRORS as exc:
            if _no_args_help(exc):
                raise
            _show(exc)

    def invoke(self, ctx: Any) -> Any:
        args = _pending_args(ctx)  # the subcommand's words, before click consumes them
        try:
            return super().invoke(ctx)
        except USAGE_ERRORS as exc:
            if _no_args_help(exc):
                raise
            _show(exc, _command_path(self, ctx.command_path, args))


def _pending_args(ctx: Any) -> list[str]:
    protected = getattr(ctx, "_protected_args", None)  # click 8.2 and typer's copy
    if protected is None:
        protected = getattr(ctx, "protected_args", [])  # click 8.1
    return [*protected, *ctx.args]


def _command_path(group: Any, root: str, args: list[str]) -> str:
    """`rasd data build` for the words `data build --data-dir`: the leading words that
    name subcommands (only groups have `commands`)."""
    cmd, path = group, root
    for arg in args:
        sub = (getattr(cmd, "commands", None) or {}).get(arg)
        if sub is None:
            break
        cmd, path = sub, f"{path} {arg}"
    return path


def _show(exc: Any, command_path: str | None = None):
    typer.echo(usage_line(exc, command_path), err=True)
    raise typer.Exit(exc.exit_code) from None
