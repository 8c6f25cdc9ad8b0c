"""A Parquet output shard is written a row group at a time: the sink holds at most one row
group of records (it held every record of the shard until the end), and the file reads back
every record in order. write_atomic writes through the same sink, so the bytes agree."""
from __future__ import annotations

import json

import pyarrow.parquet as pq

import rasd.scale.shards as shards
from rasd.scale.shards import RecordSink, write_atomic


def _record(i: int) -> dict:
    return {"doc": {"id": f"d{i}", "sha256": f"{i:064x}"},
            "events": [{"id": "v1", "trigger": {"text": "قصف", "start": 0, "end": 3}}]}


def test_the_sink_holds_one_row_group_not_the_shard(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(shards, "ROW_GROUP", 10)
    out = tmp_path / "out.parquet"
    sink = RecordSink(out)
    held = []
    for i in range(35):
        sink.write(_record(i))
        held.append(len(sink._rows))
    sink.commit()
    assert max(held) < 10
    meta = pq.ParquetFile(out).metadata
    assert meta.num_row_groups == 4 and meta.num_rows == 35
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [f"d{i}" for i in range(35)]
    assert json.loads(table.column("record")[34].as_py()) == _record(34)


def test_a_byte_bound_cuts_a_row_group_too(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(shards, "ROW_GROUP_BYTES", 500)
    out = tmp_path / "out.parquet"
    write_atomic(out, [_record(i) for i in range(12)])
    assert pq.ParquetFile(out).metadata.num_row_groups > 1


def test_sink_and_write_atomic_agree_and_an_empty_shard_has_its_columns(tmp_path) -> None:
    a, b, empty = tmp_path / "a.parquet", tmp_path / "b.parquet", tmp_path / "e.parquet"
    sink = RecordSink(a)
    for i in range(3):
        sink.write(_record(i))
    sink.commit()
    write_atomic(b, [_record(i) for i in range(3)])
    assert a.read_bytes() == b.read_bytes()
    write_atomic(empty, [])
    assert pq.read_table(empty).column_names == ["id", "sha256", "record"]


def test_a_discarded_sink_leaves_no_file(tmp_path) -> None:
    out = tmp_path / "out.parquet"
    sink = RecordSink(out)
    sink.write(_record(0))
    sink._flush_rows()
    sink.discard()
    assert list(tmp_path.iterdir()) == []
