"""Usage errors (unknown option or command, missing argument, bad value) are one coded line,
`error E009: …`, exit 2, like every other error a user can meet; never click's boxed block."""
from __future__ import annotations

import pytest

CASES = [
    (["extract", "--no-such-flag"], "No such option: --no-such-flag", "rasd extract"),
    (["eval"], "Missing argument", "rasd eval"),
    (["export", "--format", "xlsx", "-o", "out.x"], "'xlsx' is not one of", "rasd export"),
    (["serve", "--port", "0"], "--port", "rasd serve"),
    (["no-such-command"], "No such command", "rasd"),
    (["data", "bild"], "Did you mean 'build'?", "rasd data"),
    # an option without its value: click's parser raises it with no context, so the hint
    # was missing; the command is found from the words before it
    (["extract", "in.jsonl", "--format"], "Option '--format' requires an argument", "rasd extract"),
    (["data", "build", "--data-dir"], "Option '--data-dir' requires an argument", "rasd data build"),
]


@pytest.mark.parametrize("args,message,command", CASES)
def test_usage_error_is_one_coded_line(args, message, command, runner, app) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error E009: ") and message in lines[0]
    assert f"(see '{command} --help')" in lines[0]
    assert "Traceback" not in result.output and "╭" not in result.output
    assert "Value error," not in lines[0]  # the coercion library's prefix is dropped


def test_no_arguments_still_prints_the_help(runner, app) -> None:
    result = runner.invoke(app, [])
    assert "Usage:" in result.output and "E009" not in result.output


def test_help_and_version_are_not_errors(runner, app) -> None:
    assert runner.invoke(app, ["extract", "--help"]).exit_code == 0
    assert runner.invoke(app, ["--version"]).exit_code == 0
