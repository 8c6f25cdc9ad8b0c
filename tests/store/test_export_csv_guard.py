"""CSV export guards cells a spreadsheet would run as formulas: a text cell starting with
= + - @ (or a tab / carriage return) gets a leading ', numbers and the other formats do not."""
from __future__ import annotations

import csv
import io

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.export import _csv_chunks, _parquet_chunks, _summaries, csv_cell
from rasd.store import EventQuery


def test_csv_cell() -> None:
    assert csv_cell('=HYPERLINK("http://x.invalid","انقر")') == '\'=HYPERLINK("http://x.invalid","انقر")'
    assert [csv_cell(v) for v in ("+20", "-قصف", "@SUM(A1)", "\tx", "\rx")] == \
        ["'+20", "'-قصف", "'@SUM(A1)", "'\tx", "'\rx"]
    assert [csv_cell(v) for v in ("قصف على المدينة", "", None, -35.2, 3)] == \
        ["قصف على المدينة", "", None, -35.2, 3]


def test_csv_export_guards_text_cells_only(filled) -> None:
    item = next(i for i in _summaries(filled, EventQuery()) if i["place"]["lon"] is not None)
    item["sentence"] = '=HYPERLINK("http://x.invalid","اضغط هنا")'
    item["actors"] = ["@مجهولون"]
    item["place"] = dict(item["place"], lon=-12.5)
    (row,) = csv.DictReader(io.StringIO(b"".join(_csv_chunks([item])).decode()))
    assert row["notes"] == '\'=HYPERLINK("http://x.invalid","اضغط هنا")'
    assert row["actor1"] == "'@مجهولون"
    assert row["longitude"] == "-12.5"  # a number, no guard
    table = pq.read_table(pa.BufferReader(b"".join(_parquet_chunks(lambda: iter([item])))))
    assert table.column("notes").to_pylist() == [item["sentence"]]  # Parquet untouched
