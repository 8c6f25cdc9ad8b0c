"""`rasd process` streams a shard: items are read, processed and written a batch at a time
(memory of a few batches, not the shard), with the same output bytes, and a line that is not
UTF-8 is that line's failure, not an E000 for the whole run."""
from __future__ import annotations

import json

import rasd.scale.process as process_mod
from rasd.scale.process import process_path
from rasd.scale.shards import RecordSink, count_items, read_items

CONFIG = '[pipeline]\nstages = ["text"]\n'
TEXT = "أفاد شهود بأن عشرات المحتجين تجمعوا أمام مبنى البلدية مطالبين بتحسين الخدمات."


def _shard(path, n: int, extra: bytes = b"") -> None:
    lines = [json.dumps({"id": f"p{i}", "text": f"{TEXT} {i}"}, ensure_ascii=False) for i in range(n)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + extra)


def test_records_are_on_disk_before_the_shard_is_read_to_its_end(tmp_path, monkeypatch):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _shard(src, 10)
    sinks: list[RecordSink] = []
    written_at_item_8: list[int] = []

    class Spy(RecordSink):
        def __init__(self, path) -> None:
            super().__init__(path)
            sinks.append(self)

    def watching(path):
        for n, item in enumerate(read_items(path), 1):
            if n == 8:
                written_at_item_8.append(sinks[0].count)
            yield item

    monkeypatch.setattr(process_mod, "read_items", watching)
    monkeypatch.setattr(process_mod, "RecordSink", Spy)
    report = process_path(src, out, config_toml=CONFIG, batch_size=2)
    assert report.documents == 10 and written_at_item_8 and written_at_item_8[0] >= 4
    assert [json.loads(line)["doc"]["id"] for line in out.read_text("utf-8").splitlines()] == \
        [f"p{i}" for i in range(10)]


def test_a_line_that_is_not_utf8_is_that_lines_failure(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    bad = json.dumps({"id": "cp", "text": "قتل شخص"}, ensure_ascii=False).encode("cp1256")
    _shard(src, 3, extra=bad + b"\n")
    assert count_items(src) == 4
    report = process_path(src, out, config_toml=CONFIG, batch_size=2)
    assert report.documents == 3 and report.failures == 1
    assert report.failed[0]["code"] == "E003" and report.failed[0]["doc_id"] == "in.jsonl:4"
    assert report.failed[0]["message"].startswith("line is not valid UTF-8")
