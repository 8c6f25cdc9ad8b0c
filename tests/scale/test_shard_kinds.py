"""`rasd process` on a shard that is no text, or into an output of the wrong kind: a binary
shard is one E003 failure (it was one failure per "line" of its bytes); an output that is a
file where the shards' directory goes is E008 (it was E000 FileExistsError), and a directory
named like a shard (out.jsonl/) is E008 (it was taken for a finished shard and skipped)."""
from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.errors import InputError
from rasd.scale.process import process_path
from rasd.scale.shards import count_items, plan_shards, read_items

CONFIG = '[pipeline]\nstages = ["text"]\n'
TEXT = "نظم عمال مصنع النسيج وقفة احتجاجية للمطالبة بصرف رواتبهم المتأخرة منذ شهرين."


def _binary(path):
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))
    return path


def test_a_binary_shard_is_one_e003_failure(tmp_path) -> None:
    src = _binary(tmp_path / "blob.jsonl")
    assert count_items(src) == 1
    assert [it["_code"] for it in read_items(src)] == ["E003"]
    report = process_path(src, tmp_path / "out.jsonl", config_toml=CONFIG)
    assert report.failures == 1 and report.failed[0]["code"] == "E003"
    assert "binary" in report.failed[0]["message"]


def test_a_text_shard_in_another_encoding_fails_line_by_line(tmp_path) -> None:
    src = tmp_path / "cp.jsonl"
    src.write_bytes(b"".join(json.dumps({"id": f"c{i}", "text": TEXT}, ensure_ascii=False).encode("cp1256")
                             + b"\n" for i in range(3)))
    assert [it["_code"] for it in read_items(src)] == ["E003"] * 3


def test_an_output_of_the_wrong_kind_is_e008(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    a_file = tmp_path / "taken"
    a_file.write_text("x", "utf-8")
    with pytest.raises(InputError) as exc:
        plan_shards(src, a_file)
    assert exc.value.code == "E008" and "not a directory" in exc.value.message
    (tmp_path / "out.jsonl").mkdir()
    with pytest.raises(InputError) as exc:
        plan_shards(src, tmp_path / "out.jsonl")
    assert exc.value.code == "E008" and "it is a directory" in exc.value.message
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "s.jsonl").write_bytes(src.read_bytes())
    with pytest.raises(InputError):
        plan_shards(shards, a_file)


def test_the_cli_says_it_in_one_line(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "taken").write_text("x", "utf-8")
    result = CliRunner().invoke(app, ["process", str(src), str(tmp_path / "taken")])
    assert result.exit_code == 1 and "error E008: cannot write shards into" in result.output


def test_a_shard_named_parquet_that_is_not_is_its_failure(tmp_path) -> None:
    """A truncated copy or another file named .parquet stopped the whole run with E000
    ArrowInvalid; it is that shard's one E003 failure, and the other shards go on."""
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "a.parquet").write_bytes(b"PAR1 cut short")
    (shards / "b.jsonl").write_text(json.dumps({"id": "b", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    assert count_items(shards / "a.parquet") == 1
    report = process_path(shards, tmp_path / "out", config_toml=CONFIG)
    assert report.documents == 1 and report.failures == 1
    assert report.failed[0]["code"] == "E003" and "not a readable Parquet file" in report.failed[0]["message"]


def test_parquet_rows_are_read_a_few_hundred_at_a_time(tmp_path, monkeypatch) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [f"r{i}" for i in range(600)], "text": [TEXT] * 600}), src)
    sizes = []
    real = pq.ParquetFile.iter_batches

    def spy(self, *args, **kwargs):
        for batch in real(self, *args, **kwargs):
            sizes.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", spy)
    assert [it["id"] for it in read_items(src)] == [f"r{i}" for i in range(600)]
    assert max(sizes) <= 256  # pyarrow's default read all 600 (65,536) rows at once
