"""`rasd ingest --watch` polls its inputs again and again; a pipe (`<(zcat x.jsonl.gz)`) or
stdin is read once, so a second round found it spent (or blocked on it). With --watch such an
input is a usage error (E009, exit 2) before the store is opened; without --watch it is read
once as before. `rasd.ingest.watch` refuses it too (E009)."""
from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import InputError
from rasd.ingest import watch
from rasd.ingest.runner import one_pass_inputs

runner = CliRunner()


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "feed.jsonl"
    os.mkfifo(path)
    return path


def test_watching_a_pipe_is_a_usage_error_before_the_store(tmp_path, fifo) -> None:
    db = tmp_path / "rasd.db"
    result = runner.invoke(app, ["ingest", str(fifo), "--watch", "--db", str(db)])
    assert result.exit_code == 2
    assert f"error E009: --watch polls its inputs again and again, and {fifo} is a pipe" in result.output
    assert "rasd ingest --help" in result.output and not db.exists()


def test_the_library_loop_refuses_it_too(fifo, tmp_path) -> None:
    with pytest.raises(InputError) as exc:
        watch(object(), [str(tmp_path), str(fifo)], rounds=1)
    assert exc.value.code == "E009"


def test_files_directories_and_urls_are_no_one_pass_inputs(tmp_path, fifo) -> None:
    (tmp_path / "a.jsonl").write_text("{}\n", "utf-8")
    assert one_pass_inputs([str(tmp_path), str(tmp_path / "a.jsonl"), "https://example.org/feed",
                            "@list.txt", "-", str(fifo)]) == ["-", str(fifo)]
