"""`rasd validate` on a file that is no text (a binary .jsonl, a .json of random bytes) reports
one E003 for the file, as other commands refuse a binary input; it reported one bad-JSON
problem per "line" of the bytes. A text file's bad lines are still reported one by one."""
from __future__ import annotations

import json
import random
from pathlib import Path


def _binary(path: Path) -> Path:
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(30_000)))
    return path


def test_a_binary_jsonl_is_one_e003(runner, app, tmp_path: Path) -> None:
    src = _binary(tmp_path / "records.jsonl")
    result = runner.invoke(app, ["validate", str(src)])
    assert result.exit_code == 1
    assert result.stdout.count("E003") == 1 and "E005" not in result.stdout
    assert f"{src}: 1 problem(s)" in result.stdout and "not a text file of records" in result.stdout


def test_a_jsonl_of_text_still_lists_each_bad_line(runner, app, tmp_path: Path) -> None:
    src = tmp_path / "records.jsonl"
    src.write_bytes(b"{\n" + json.dumps({"doc": {}}).encode() + b"\n" + "ليس سجلا\n".encode("cp1256"))
    result = runner.invoke(app, ["validate", str(src)])
    assert result.exit_code == 1
    assert f"{src}:1: 1 problem(s)" in result.stdout and "E005" in result.stdout
    assert f"{src}:3: 1 problem(s)" in result.stdout and "E003" in result.stdout
