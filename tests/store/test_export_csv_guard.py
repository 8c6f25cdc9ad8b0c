"""CSV export guards cells a spreadsheet would run as formulas: a text cell starting with
= + - @ (or a tab / carriage return) gets a leading ', numbers and the other formats do not."""
from __future__ import annotations

import csv
import io
from types import SimpleNamespace

import pyarrow as pa
import pyarrow.parquet as pq

import rasd.export as export_mod
from rasd.api.views import event_summary
from rasd.export import csv_cell, export
from rasd.store import EventQuery


def test_csv_cell() -> None:
    assert csv_cell('=HYPERLINK("http://x.invalid","انقر")') == '\'=HYPERLINK("http://x.invalid","انقر")'
    assert [csv_cell(v) for v in ("+20", "-قصف", "@SUM(A1)", "\tx", "\rx")] == \
        ["'+20", "'-قصف", "'@SUM(A1)", "'\tx", "'\rx"]
    assert [csv_cell(v) for v in ("قصف على المدينة", "", None, -35.2, 3)] == \
        ["قصف على المدينة", "", None, -35.2, 3]


def test_csv_export_guards_text_cells_only(filled, monkeypatch) -> None:
    rows = filled.store.iter_events(EventQuery())
    item = next(i for i in map(event_summary, rows) if i["place"]["lon"] is not None)
    item["sentence"] = '=HYPERLINK("http://x.invalid","اضغط هنا")'
    item["actors"] = ["@مجهولون"]
    item["place"] = dict(item["place"], lon=-12.5)
    # an app whose store holds this one event, its row read as the summary it already is
    monkeypatch.setattr(export_mod, "event_summary", lambda row: row)
    app = SimpleNamespace(store=SimpleNamespace(iter_events=lambda query: iter([item])))
    (row,) = csv.DictReader(io.StringIO(export(app, EventQuery(), "csv").decode()))
    assert row["notes"] == '\'=HYPERLINK("http://x.invalid","اضغط هنا")'
    assert row["actor1"] == "'@مجهولون"
    assert row["longitude"] == "-12.5"  # a number, no guard
    table = pq.read_table(pa.BufferReader(export(app, EventQuery(), "parquet")))
    assert table.column("notes").to_pylist() == [item["sentence"]]  # Parquet untouched
