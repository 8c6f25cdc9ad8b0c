"""Exports are made as the store is paged through (export_chunks): `rasd export` and
/api/export.* built the whole export in memory, every row's summary and every record at
once, before writing a byte. Memory is proved bounded without timing: a store whose event
iterator counts the rows handed out shows how many had been read when each chunk came."""
from __future__ import annotations

import io

import pyarrow.parquet as pq
import pytest

import rasd.export as export_mod
import rasd.export_parquet as parquet_mod
from rasd.api.views import event_summary
from rasd.export import CHUNK_ROWS, export, export_chunks
from rasd.store import EventQuery

N = 5 * CHUNK_ROWS


class CountingStore:
    """Hands out `n` copies of one event row, counting how many were taken."""

    def __init__(self, row: dict, n: int) -> None:
        self.row, self.n, self.taken, self.passes = row, n, 0, 0

    def iter_events(self, query):
        self.passes += 1
        for _ in range(self.n):
            self.taken += 1
            yield self.row


class CountingApp:
    def __init__(self, store) -> None:
        self.store = store


@pytest.fixture
def counting(filled, monkeypatch):
    rows = filled.store.iter_events(EventQuery())
    item = next(i for i in map(event_summary, rows) if i["place"]["lon"] is not None)
    monkeypatch.setattr(export_mod, "event_summary", lambda row: row)  # the rows are summaries
    return CountingApp(CountingStore(item, N))


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_text_exports_come_while_rows_are_read(counting, fmt):
    chunks = export_chunks(counting, EventQuery(), fmt)
    seen = []
    for chunk in chunks:
        seen.append(counting.store.taken)
        if len(seen) == 3:
            break
    assert seen[-1] <= 3 * CHUNK_ROWS < N  # the third chunk came long before the last row


def test_parquet_is_written_a_row_group_at_a_time_in_one_pass(counting, monkeypatch):
    monkeypatch.setattr(parquet_mod, "ROW_GROUP", 100)
    store, held = counting.store, []
    for chunk in export_chunks(counting, EventQuery(), "parquet"):
        held.append(store.taken)  # rows read when this chunk came
        if len(held) == 2:
            break
    # one group read per group written, and the store read once: a first pass over every
    # row only to learn the column types read the whole store twice
    assert store.passes == 1 and held == [100, 200]
    data = export(counting, EventQuery(), "parquet")
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert store.passes == 2 and store.taken == 100 + 100 + N  # the second export: one pass more
    assert meta.num_rows == N and meta.num_row_groups == N // 100


def test_parquet_columns_have_one_type_whatever_the_rows(filled):
    """A column with no value in the export was the null type, and a count column int64 or
    double as the values went: two exports of one store had different schemas."""
    empty = pq.read_table(io.BytesIO(export(filled, EventQuery(country="FR"), "parquet")))
    full = pq.read_table(io.BytesIO(export(filled, EventQuery(), "parquet")))
    assert empty.schema == full.schema
    types = {f.name: str(f.type) for f in full.schema}
    assert types["fatalities"] == types["arrested"] == types["latitude"] == "double"
    assert types["notes"] == types["claimant"] == types["admin2"] == "string"
    assert full.column("arrested").drop_null().to_pylist() == [25.0]


def test_jsonl_fetches_each_record_as_it_writes_it(filled, monkeypatch):
    fetched = []
    real = filled.document
    monkeypatch.setattr(filled, "document", lambda doc_id: fetched.append(doc_id) or real(doc_id))
    chunks = export_chunks(filled, EventQuery(), "jsonl")
    next(chunks)
    assert len(fetched) == 1
    rest = list(chunks)
    assert len(fetched) == len(rest) + 1 > 1


def test_streamed_parquet_reads_back_as_one_table(filled, monkeypatch):
    whole = pq.read_table(io.BytesIO(export(filled, EventQuery(), "parquet")))
    monkeypatch.setattr(parquet_mod, "ROW_GROUP", 5)  # 12 events: three groups
    grouped = pq.read_table(io.BytesIO(export(filled, EventQuery(), "parquet")))
    assert grouped.equals(whole)


def test_write_export_writes_the_chunks(filled, tmp_path):
    for fmt in export_mod.FORMATS:
        out = tmp_path / f"o.{fmt}"
        size = export_mod.write_export(filled, EventQuery(), fmt, out)
        assert out.read_bytes() == export(filled, EventQuery(), fmt) and size == out.stat().st_size


def test_a_full_disk_is_e008_and_leaves_no_half_export(filled, tmp_path, monkeypatch):
    def full(fh, chunks):
        fh.write(next(iter(chunks)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "_write_all", full)
    out = tmp_path / "o.csv"
    with pytest.raises(export_mod.InputError) as err:
        export_mod.write_export(filled, EventQuery(), "csv", out)
    assert err.value.code == "E008" and "No space left" in err.value.message and not out.exists()
