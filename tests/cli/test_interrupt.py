"""Ctrl-C says what was kept: extract how many records its output holds (whole lines), ingest
that what it stored stays and a re-run carries on; exit 130, never a traceback."""
from __future__ import annotations

import json

import rasd.cli.extract as extract_cmd
import rasd.cli.service as service_cmd
from tests.cli.conftest import ARTICLE


def _five_articles(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE}, ensure_ascii=False) + "\n"
                           for i in range(5)), "utf-8")
    return src


def _ctrl_c_after_first_chunk(monkeypatch):
    """Chunks of two articles; Ctrl-C arrives while the second chunk is due."""
    real = extract_cmd._chunk_results

    def first_chunk_then_ctrl_c(nlp, items, size=2):
        for n, chunk in enumerate(real(nlp, items, size=2)):
            if n == 1:
                raise KeyboardInterrupt
            yield chunk

    monkeypatch.setattr(extract_cmd, "_chunk_results", first_chunk_then_ctrl_c)


def test_extract_interrupted_keeps_whole_lines(runner, app, config, tmp_path, monkeypatch) -> None:
    src = _five_articles(tmp_path)
    _ctrl_c_after_first_chunk(monkeypatch)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "--config", str(config), "-o", str(out)])
    assert result.exit_code == 130 and "Traceback" not in result.output
    assert result.stderr.strip() == f"interrupted: 2 record(s) written to {out}; 3 of 5 lines not done"
    assert [json.loads(line)["doc"]["id"] for line in out.read_text("utf-8").splitlines()] == ["a0", "a1"]


def test_ingest_interrupted_says_a_rerun_carries_on(runner, app, config, tmp_path, monkeypatch) -> None:
    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(service_cmd, "_ingest_with_progress", ctrl_c)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n", "utf-8")
    result = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "s.db"),
                                 "--config", str(config)])
    assert result.exit_code == 130 and "Traceback" not in result.output
    assert result.stderr.strip() == ("interrupted: what was ingested is stored; run the same "
                                     "command again to carry on where it stopped")


def test_extract_interrupted_json_array_stays_valid_json(runner, app, config, tmp_path, monkeypatch) -> None:
    """--format json is written as records come now: Ctrl-C closes the array, so the file
    holds valid JSON with the records done (it held nothing before)."""
    src = _five_articles(tmp_path)
    _ctrl_c_after_first_chunk(monkeypatch)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--config", str(config), "--format", "json",
                                 "-o", str(out)])
    assert result.exit_code == 130
    assert result.stderr.strip() == f"interrupted: 2 record(s) written to {out}; 3 of 5 lines not done"
    assert [r["doc"]["id"] for r in json.loads(out.read_text("utf-8"))] == ["a0", "a1"]
