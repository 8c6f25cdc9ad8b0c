"""Usage errors (unknown option, missing argument, bad value, unknown command) as one coded line.

click shows these as a usage block and a boxed message without a rasd code, unlike every other
error a user can meet; the root group turns them into `error E009: … (see 'rasd X --help')`,
exit status 2 (click's status for usage errors, so scripts keep telling them apart).
"""
from __future__ import annotations

from typing import Any

from typer._click import exceptions as click_exc
import typer
from typer.core import TyperGroup


def usage_line(exc: click_exc.UsageError) -> str:
    ctx = exc.ctx
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    message = exc.format_message()
    # typer's pydantic coercion prefixes a bad choice with "Value error, ": noise to a user
    message = message.replace("Value error, ", "", 1)
    return f"error E009: {message}{hint}"


def _no_args_help(exc: click_exc.UsageError) -> bool:
    # `rasd` or `rasd data` alone prints the help: that is no error to code
    return type(exc).__name__ == "NoArgsIsHelpError"


class RasdGroup(TyperGroup):
    """The root `rasd` group: parsing of it and of every subcommand runs inside these two
    methods, so one place codes every usage error."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except click_exc.UsageError as exc:
            if _no_args_help(exc):
                raise
            _show(exc)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except click_exc.UsageError as exc:
            if _no_args_help(exc):
                raise
            _show(exc)


def _show(exc: click_exc.UsageError):
    typer.echo(usage_line(exc), err=True)
    raise typer.Exit(exc.exit_code) from None
