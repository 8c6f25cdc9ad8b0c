"""Exports: JSONL (rasd/1), GeoJSON, ACLED-like CSV and Parquet, with filters."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from rasd.export import CSV_COLUMNS, ExportError, export, write_export
from rasd.store import EventQuery


def test_export_jsonl_is_rasd1_records_cut_to_matching_events(filled, texts):
    lines = export(filled, EventQuery(type="ASSAULT", country="SY"), "jsonl").decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["doc"]["id"] for r in records) == ["sample-01", "sample-02", "sample-04",
                                                       "sample-08"]
    baghuz = next(r for r in records if r["doc"]["id"] == "sample-04")
    assert [e["type"] for e in baghuz["events"]] == ["ASSAULT"]  # the DISPLACE event is cut
    for record in records:
        text = texts[record["doc"]["id"]]
        assert record["schema"] == "rasd/1"
        for ev in record["events"]:
            assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_export_geojson(filled):
    data = json.loads(export(filled, EventQuery(), "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 12
    doha = next(f for f in data["features"] if f["properties"]["type"] == "CONSULT")
    assert doha["geometry"] == {"type": "Point", "coordinates": [51.531, 25.2854]}
    assert doha["properties"]["place"]["name"] == "الدوحة"


def test_export_csv_has_acled_columns(filled):
    rows = list(csv.DictReader(io.StringIO(export(filled, EventQuery(), "csv").decode())))
    assert len(rows) == 12 and tuple(rows[0]) == CSV_COLUMNS
    airstrike = next(r for r in rows if r["rasd_mode"] == "airstrike")
    assert airstrike["event_type"] == "Explosions/Remote violence"
    assert airstrike["sub_event_type"] == "Air/drone strike"
    assert (airstrike["fatalities"], airstrike["injured"]) == ("3", "2")
    assert airstrike["claimant"] == "جماعة الحوثي" and airstrike["country"] == "YE"
    assert airstrike["location"] == "Al Hudaydah" and airstrike["evidence"] == "غارات جوية"
    arrest = next(r for r in rows if r["rasd_type"] == "COERCE")
    assert (arrest["sub_event_type"], arrest["arrested"]) == ("Arrests", "25")
    displaced = next(r for r in rows if r["rasd_mode"] == "displacement")
    assert displaced["event_type"] == "DISPLACE" and displaced["displaced"] == "300"


def test_export_parquet_roundtrip(filled, tmp_path):
    out = tmp_path / "events.parquet"
    write_export(filled, EventQuery(date_from="2024-03-01"), "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == 6 and table.column_names == list(CSV_COLUMNS)
    assert min(table.column("event_date").to_pylist()) >= "2024-03-01"


def test_export_empty_and_unknown_format(filled):
    assert export(filled, EventQuery(country="FR"), "jsonl") == b""
    assert pq.read_table(io.BytesIO(export(filled, EventQuery(country="FR"), "parquet"))).num_rows == 0
    with pytest.raises(ExportError):
        export(filled, EventQuery(), "xml")
