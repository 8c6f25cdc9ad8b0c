"""A failure of an article with no id names where it is in its shard ("in.jsonl:3",
"in.parquet:row 2"), as a line that cannot be read already did: it was listed as
`failed None`, with nothing to find the article by."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.scale.process import process_path

CONFIG = '[pipeline]\nstages = ["text"]\n'
GOOD = "أغلقت السلطات المعبر الحدودي أمام الشاحنات بسبب العاصفة الثلجية."


def _failures(out, name):
    return [json.loads(line) for line in (out / name).read_text("utf-8").splitlines()]


def test_jsonl_failures_without_an_id_name_their_line(tmp_path):
    src = tmp_path / "in.jsonl"
    items = [{"text": GOOD}, {"title": "بلا نص"}, {"id": "k", "text": ""}, {"text": "no Arabic here at all"}]
    src.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    out = tmp_path / "out"
    report = process_path(src, out, config_toml=CONFIG)
    assert report.documents == 1
    assert [(f["doc_id"], f["code"]) for f in _failures(out, "in.failures.jsonl")] == \
        [("in.jsonl:2", "E006"), ("k", "E001"), ("in.jsonl:4", "E002")]
    (record,) = [json.loads(line) for line in (out / "in.jsonl").read_text("utf-8").splitlines()]
    assert "_where" not in json.dumps(record) and record["doc"]["id"] != "in.jsonl:1"


def test_parquet_failures_without_an_id_name_their_row(tmp_path):
    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"text": [GOOD, "   "]}), src)
    out = tmp_path / "out"
    process_path(src, out, config_toml=CONFIG)
    assert [f["doc_id"] for f in _failures(out, "in.failures.jsonl")] == ["in.parquet:row 2"]
