"""`rasd process IN out.xyz`: a new output with a suffix other than .jsonl or .parquet is E007
(it silently became a folder of shards named out.xyz, where a file was meant); a directory
that is already there is used whatever its name, and a name without a suffix is a new folder."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import InputError
from rasd.scale.shards import plan_shards

TEXT = "أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة يضم مئتي سرير."


@pytest.fixture
def src(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    return path


@pytest.mark.parametrize("name", ["out.xyz", "out.json", "records.csv"])
def test_a_new_output_with_another_suffix_is_e007(tmp_path, src, name) -> None:
    with pytest.raises(InputError) as exc:
        plan_shards(src, tmp_path / name)
    assert exc.value.code == "E007" and name in exc.value.message
    assert not (tmp_path / name).exists()


def test_an_existing_directory_or_a_plain_name_is_a_shard_folder(tmp_path, src) -> None:
    (tmp_path / "run.v2").mkdir()
    [shard] = plan_shards(src, tmp_path / "run.v2")
    assert shard.output == tmp_path / "run.v2" / "in.jsonl"
    [shard] = plan_shards(src, tmp_path / "shards")
    assert shard.output == tmp_path / "shards" / "in.jsonl"


def test_cli_process_into_out_xyz_is_one_e007_line(tmp_path, src) -> None:
    result = CliRunner().invoke(app, ["process", str(src), str(tmp_path / "out.xyz")])
    assert result.exit_code != 0 and "E007" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.xyz").exists()
