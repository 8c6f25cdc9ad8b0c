"""`rasd places`: a bad @file or --index is one `error E0xx` line, never E000 or a fall-back."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("make, code", [
    (lambda d: d / "missing.txt", "E008"),                                          # was E000 FileNotFoundError
    (lambda d: (d / "blob.txt").write_bytes(b"\x8d\x00\xff" * 40) and d / "blob.txt", "E003"),  # was E000 UnicodeDecodeError
    (lambda d: d, "E008"),                                                           # was "file not found"
    (lambda d: (d / "huge.txt").write_bytes("نص ".encode() * 500_000) and d / "huge.txt", "E004"),  # was read whole
])
def test_places_at_file_errors(make, code, runner, app, tmp_path: Path) -> None:
    result = runner.invoke(app, ["places", f"@{make(tmp_path)}"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"error {code}: "), result.output


def test_places_at_file_messages_name_the_problem(runner, app, tmp_path: Path) -> None:
    assert runner.invoke(app, ["places", "@"]).stderr.strip() == \
        "error E008: @ needs a file name: @article.txt"  # was "file not found: ."
    assert runner.invoke(app, ["places", f"@{tmp_path}"]).stderr.strip() == \
        f"error E008: {tmp_path} is a directory, not a file"


def test_places_index_must_exist_and_be_an_index(runner, app, tmp_path: Path) -> None:
    """A wrong --index path was taken as 'index not built' (W030) and the embedded default
    was used; a file that is no database was `error E000: DatabaseError`."""
    missing = runner.invoke(app, ["places", "قصف على حلب", "--index", str(tmp_path / "nope.sqlite")])
    assert missing.exit_code == 1 and missing.stderr.startswith("error E008: gazetteer index not found")
    not_db = tmp_path / "notes.txt"
    not_db.write_text("ليست قاعدة بيانات", "utf-8")
    wrong = runner.invoke(app, ["places", "قصف على حلب", "--index", str(not_db)])
    assert wrong.exit_code == 1 and wrong.stderr.startswith("error E030: "), wrong.output


@pytest.mark.parametrize("text", ["", "   \n"])
def test_places_of_empty_text_is_an_error(text, runner, app, tmp_path: Path) -> None:
    """An empty text answered "no toponyms found", exit 0, as if it had been read."""
    result = runner.invoke(app, ["places", text])
    assert result.exit_code == 1 and result.stderr.strip() == "error E001: the text is empty"
    blank = tmp_path / "blank.txt"
    blank.write_text(text or " ", "utf-8")
    result = runner.invoke(app, ["places", f"@{blank}"])
    assert result.exit_code == 1 and "error E001" in result.stderr
