"""`rasd validate` on a file that is no text (a binary .jsonl, a .json of random bytes, blob.bin):
named on the command line it is `error E003`, as other commands refuse a binary input (it
reported one bad-JSON problem per "line" of the bytes, then "validated 1 record(s)"); found in
a directory it is one E003 line and counted as a file not read, never as a record. A text
file's bad lines are still reported one by one."""
from __future__ import annotations

import json
import random
from pathlib import Path


def _binary(path: Path) -> Path:
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(30_000)))
    return path


def test_a_named_binary_file_is_error_e003(runner, app, tmp_path: Path) -> None:
    for name in ("records.jsonl", "blob.bin", "one.json"):
        src = _binary(tmp_path / name)
        result = runner.invoke(app, ["validate", str(src)])
        assert result.exit_code != 0 and "Traceback" not in result.output
        assert "error E003" in result.output and "not a text file of records" in result.output
        assert "validated" not in result.output and "E005" not in result.output


def test_a_binary_file_in_a_directory_is_a_file_not_read(runner, app, tmp_path: Path) -> None:
    folder = tmp_path / "recs"
    folder.mkdir()
    _binary(folder / "broken.jsonl")
    (folder / "bad.jsonl").write_text(json.dumps({"doc": {}}) + "\n", "utf-8")
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert result.stdout.count("E003") == 1 and "not a text file of records" in result.stdout
    assert "validated 1 record(s)" in result.stdout and "1 file(s) not read" in result.stdout


def test_a_jsonl_of_text_still_lists_each_bad_line(runner, app, tmp_path: Path) -> None:
    src = tmp_path / "records.jsonl"
    src.write_bytes(b"{\n" + json.dumps({"doc": {}}).encode() + b"\n" + "ليس سجلا\n".encode("cp1256"))
    result = runner.invoke(app, ["validate", str(src)])
    assert result.exit_code == 1
    assert f"{src}:1: 1 problem(s)" in result.stdout and "E005" in result.stdout
    assert f"{src}:3: 1 problem(s)" in result.stdout and "E003" in result.stdout
