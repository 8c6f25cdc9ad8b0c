"""`rasd process` on a JSONL input with no article in it (empty, or blank lines only) is E001
"input is empty", as `rasd extract` says; it ran as "0 documents", exit 0, and wrote an empty
shard, so a script could not tell a lost download from a quiet day."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import InputError
from rasd.scale.shards import plan_shards

TEXT = "أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة يضم مئتي سرير."


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\r\n\t\r\n"])
def test_an_empty_jsonl_input_is_e001(tmp_path, content) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_bytes(content)
    with pytest.raises(InputError) as exc:
        plan_shards(src, tmp_path / "out.jsonl")
    assert exc.value.code == "E001" and "empty" in exc.value.message


def test_cli_process_of_an_empty_file_exits_with_e001_and_writes_nothing(tmp_path) -> None:
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["process", str(src), str(out)])
    assert result.exit_code != 0 and "E001" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_a_shard_with_one_article_is_not_empty(tmp_path) -> None:
    src = tmp_path / "one.jsonl"
    src.write_text("\n" + json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    [shard] = plan_shards(src, tmp_path / "out.jsonl")
    assert shard.output == tmp_path / "out.jsonl"
