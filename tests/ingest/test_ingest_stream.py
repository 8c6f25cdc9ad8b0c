"""`rasd ingest` reads a JSONL file a line at a time: each article is stored before the
next lines are read (memory bounded by a line, not the file), bad lines are recorded as
they come, and the progress total counts every line."""
from __future__ import annotations

import json

import rasd.io.lines as lines
from rasd.ingest import ingest_sources, plan

TEXT = "قالت مصادر محلية إن ثلاثة مدنيين قتلوا في قصف على بلدة في ريف المحافظة صباح اليوم."


def _write(path, n: int, bad: dict[int, str]) -> None:
    lines = [bad.get(i) or json.dumps({"id": f"s{i}", "text": f"{TEXT} ({i})"}, ensure_ascii=False)
             for i in range(1, n + 1)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_ingest_stores_each_line_before_reading_far_ahead(rasd, tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    _write(src, 60, {7: "{not json"})
    events: list[str] = []
    real = lines.decode_line

    def decode(raw, enc, **kw):
        events.append("read")
        return real(raw, enc, **kw)

    monkeypatch.setattr(lines, "decode_line", decode)
    totals: list[int] = []
    report = ingest_sources(rasd, [str(src)], on_plan=totals.append,
                            on_item=lambda work, status: events.append(status))
    assert totals == [60] and report.added == 59 and report.failed == 1
    assert report.failures[0]["item"] == f"file:{src}#7" and report.failures[0]["code"] == "E005"
    # a line is read, then stored, then the next is read: never the whole file first
    assert events[:4] == ["read", "added", "read", "added"], events[:6]
    assert events.count("read") == 60 and "failed E005" in events


def test_plan_still_lists_every_work_item_and_error(tmp_path):
    src = tmp_path / "in.jsonl"
    _write(src, 5, {2: '{"id": "x"}'})
    work, errors = plan([str(src), str(tmp_path / "gone.txt")])
    assert [w.key.split(":")[1] for w in work] == [f"{src}#{i}" for i in (1, 3, 4, 5)]
    assert [(where, exc.code) for where, exc in errors] == [(f"file:{src}#2", "E006"),
                                                            (str(tmp_path / "gone.txt"), "E008")]


def test_a_pipe_is_ingested_not_resolved_to_a_missing_file(rasd, tmp_path):
    """`rasd ingest <(zcat big.jsonl.gz)`: resolving /dev/fd/63 gave '/proc/…/fd/pipe:[…]',
    'file not found'. A pipe is read once; its size is unknown (total None)."""
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write("".join(json.dumps({"id": f"f{i}", "text": f"{TEXT} ({i})"}, ensure_ascii=False)
                             + "\n" for i in range(3)))

    writer = threading.Thread(target=feed)
    writer.start()
    totals: list = []
    report = ingest_sources(rasd, [str(fifo)], on_plan=totals.append)
    writer.join(timeout=10)
    assert report.added == 3 and report.failed == 0 and totals == [None]
    refused = ingest_sources(rasd, [str(fifo)], roots=[str(tmp_path / "elsewhere")])
    assert refused.failures[0]["code"] == "E052"
