"""Running `rasd ingest` again on an input that failed before skips it (unchanged, it would
fail again), and the summary says so: it said 'already done 1, failed 0', which read as
ingested."""
from __future__ import annotations

import json

ARABIC = "قالت مصادر محلية إن الأمطار الغزيرة أغرقت الشوارع في المدينة الساحلية صباح اليوم."


def _ingest(runner, app, config, db, *paths):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--config", str(config)])


def test_a_file_that_failed_before_is_not_called_done(tmp_path, runner, app, text_only_config):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x01\x02\x00\x00" * 40)
    db = tmp_path / "x.db"
    first = _ingest(runner, app, text_only_config, db, bad)
    assert "already done 0, failed 1" in first.output, first.output
    again = _ingest(runner, app, text_only_config, db, bad)
    assert "already done 0, failed 0; not retried: 1 that failed in an earlier run" in again.output, \
        again.output
    assert "failures table" in again.output


def test_done_and_failed_lines_are_told_apart(tmp_path, runner, app, text_only_config):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "b", "text": "plain English, not Arabic at all"}) + "\n", "utf-8")
    db = tmp_path / "x.db"
    first = _ingest(runner, app, text_only_config, db, src)
    assert "added 1, duplicates 0, already done 0, failed 1" in first.output, first.output
    again = _ingest(runner, app, text_only_config, db, src)
    assert "added 0, duplicates 0, already done 1, failed 0; not retried: 1 " in again.output, again.output


def test_a_clean_rerun_says_only_already_done(tmp_path, runner, app, text_only_config):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARABIC}, ensure_ascii=False) + "\n", "utf-8")
    db = tmp_path / "x.db"
    _ingest(runner, app, text_only_config, db, src)
    again = _ingest(runner, app, text_only_config, db, src)
    assert again.output.rstrip().endswith("added 0, duplicates 0, already done 1, failed 0"), again.output
