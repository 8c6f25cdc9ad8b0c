"""`rasd process` writes a shard's failures as they come (FailureSink): they were gathered in
a list until the shard ended, and the run's report kept every failure of every shard. The
file lists input failures first, then pipeline failures, as before; the report keeps the
first 20 (the ones the CLI prints), with the count of all."""
from __future__ import annotations

import json

import rasd.scale.failures as failures_mod
from rasd.scale.failures import LISTED, FailureSink
from rasd.scale.process import process_path

CONFIG = '[pipeline]\nstages = ["text"]\n'
GOOD = {"id": "g", "text": "أعلنت البلدية إغلاق الطريق الرئيسي بسبب أعمال الصيانة حتى نهاية الأسبوع."}


def test_the_file_has_every_failure_and_the_report_the_first(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"e{i}", "text": ""}) for i in range(15)]  # pipeline input: E001
    lines += ["{not json"] * 15 + [json.dumps(GOOD, ensure_ascii=False)]    # read: E005
    src.write_text("\n".join(lines) + "\n", "utf-8")
    report = process_path(src, tmp_path / "out.jsonl", config_toml=CONFIG, batch_size=4)
    assert report.failures == 30 and report.documents == 1
    assert len(report.failed) == LISTED
    written = [json.loads(x) for x in (tmp_path / "out.failures.jsonl").read_text("utf-8").splitlines()]
    assert [f["code"] for f in written] == ["E005"] * 15 + ["E001"] * 15  # input ones first
    assert report.failed == written[:LISTED]


def test_failures_go_to_disk_as_they_come(tmp_path, monkeypatch):
    monkeypatch.setattr(failures_mod, "LISTED", 2)
    sink = FailureSink(tmp_path / "s.failures.jsonl")
    for i in range(50):
        sink.write({"doc_id": f"d{i}", "code": "E001"}, kind="pipeline" if i % 2 else "input")
    assert all(len(kept) <= 2 for kept in sink.listed.values())  # memory: a bounded few
    sink.commit()
    ids = [json.loads(x)["doc_id"] for x in sink.path.read_text("utf-8").splitlines()]
    assert ids == [f"d{i}" for i in range(0, 50, 2)] + [f"d{i}" for i in range(1, 50, 2)]
    assert not list(tmp_path.glob(".*tmp*"))


def test_no_failure_no_file(tmp_path):
    sink = FailureSink(tmp_path / "s.failures.jsonl")
    sink.commit()
    assert not sink.path.exists()
