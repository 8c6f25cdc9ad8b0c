"""`rasd eval` on files: record directories, JSONL, single JSON; --json; errors; dispatch."""
from __future__ import annotations

import copy
import json
import sys
import types

import pytest
import typer
from typer.testing import CliRunner

from rasd.cli.evaluate import register

FIELDS = ("entities", "places", "times", "quantities", "quotes", "events")


@pytest.fixture
def cli():
    app = typer.Typer()

    @app.callback()
    def _root() -> None:  # keeps `eval` a named sub-command, as in the real app
        pass

    register(app)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["eval", *map(str, args)])


@pytest.fixture
def files(tmp_path, gold, article):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "doc1.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "doc1", "text": article}, ensure_ascii=False) + "\n", "utf-8")
    return tmp_path


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _write_text(path, text):
    path.write_text(text, "utf-8")
    return path


def test_gold_vs_gold_json(cli, files):
    res = cli(files / "gold", files / "gold", "--json", "--articles", files / "articles.jsonl")
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    for name in FIELDS:
        assert (out[name]["p"], out[name]["r"], out[name]["f1"]) == (1.0, 1.0, 1.0)
    assert out["entities"]["per_label"]["PER"]["f1"] == 1.0
    assert out["places"]["acc_161km"] == 1.0 and out["events"]["source_acc"] == 1.0
    assert out["docs"]["spans_checked"] is True


def test_table_output_and_note(cli, files, pred):
    pred["entities"] = pred["entities"][:2]
    jsonl = _write_jsonl(files / "pred.jsonl", [pred])
    res = cli(files / "gold", jsonl)
    assert res.exit_code == 0, res.output
    assert "entities" in res.output and "accuracy@25km" in res.output
    assert "0.400" in res.output                          # entity recall 2/5
    # articles.jsonl beside the gold directory is found and used
    assert "spans checked against" in res.output and "articles.jsonl" in res.output


def test_note_when_spans_cannot_be_checked(cli, files, pred):
    (files / "articles.jsonl").unlink()
    pred["times"][0]["start"] += 1                        # would fail validation
    res = cli(files / "gold", _write_jsonl(files / "pred.jsonl", [pred]))
    assert res.exit_code == 0 and "not checked" in res.output and "--articles" in res.output


def test_single_json_file_and_list(cli, files, pred):
    one = files / "one.json"
    one.write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
    many = files / "many.json"
    many.write_text(json.dumps([pred], ensure_ascii=False), "utf-8")
    for path in (one, many):
        res = cli(files / "gold", path, "--json")
        assert res.exit_code == 0 and json.loads(res.output)["quotes"]["f1"] == 1.0


def test_empty_prediction_is_e001(cli, files):
    """An empty PRED (a directory, or a file of blank lines) is most likely an extraction that
    failed: E001, not a table of zeros with exit 0. A PRED missing some documents is scored."""
    (files / "empty").mkdir()
    (files / "blank.jsonl").write_text("\n\n", "utf-8")
    for empty in (files / "empty", files / "blank.jsonl"):
        res = cli(files / "gold", empty, "--json")
        assert res.exit_code != 0 and "E001" in res.output and "no predicted records" in res.output
        assert "Traceback" not in res.output


def test_invalid_span_scores_zero(cli, files, pred):
    pred["times"][0]["start"] += 1
    res = cli(files / "gold", _write_jsonl(files / "p.jsonl", [pred]), "--json",
              "--articles", files / "articles.jsonl")
    out = json.loads(res.output)
    assert out["times"]["f1"] == 0.0 and "doc1" in out["docs"]["invalid"]


def _write_bytes(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("make,code", [
    (lambda d: d / "nowhere.jsonl", "E008"),
    (lambda d: _write_text(d / "bad.jsonl", "{not json\n"), "E005"),
    (lambda d: _write_jsonl(d / "noid.jsonl", [{"doc": {}}]), "E010"),
    # bytes that are not UTF-8 were 'error E000: unexpected UnicodeDecodeError'
    (lambda d: _write_bytes(d / "bin.jsonl", b'{"doc": {"id": "a"}}\n\xff\xfe\x83\n'), "E003"),
])
def test_errors_are_one_line(cli, files, make, code):
    res = cli(files / "gold", make(files))
    assert res.exit_code != 0
    assert res.output.strip().startswith(f"error {code}:") and "Traceback" not in res.output


def test_duplicate_ids_rejected(cli, files, pred):
    res = cli(files / "gold", _write_jsonl(files / "dup.jsonl", [pred, copy.deepcopy(pred)]))
    assert res.exit_code != 0 and "error E010" in res.output


def test_dispatch_ner_and_gsr(cli, monkeypatch):
    calls = []
    ner = types.ModuleType("rasd.cli.ner")
    ner.eval_ner_cmd = lambda **kw: calls.append(("ner", kw))
    events = types.ModuleType("rasd.cli.events")
    events.eval_gsr_cmd = lambda **kw: calls.append(("gsr", kw))
    monkeypatch.setitem(sys.modules, "rasd.cli.ner", ner)
    monkeypatch.setitem(sys.modules, "rasd.cli.events", events)
    assert cli("ner", "--corpus", "aqmar-test", "--json").exit_code == 0
    assert cli("gsr", "--data-dir", "/tmp/x").exit_code == 0
    assert calls == [("ner", {"corpus": "aqmar-test", "data_dir": None, "as_json": True}),
                     ("gsr", {"data_dir": __import__("pathlib").Path("/tmp/x"), "as_json": False})]
    res = cli("ner")
    assert res.exit_code != 0 and "--corpus" in res.output


def test_dispatch_reports_missing_command(cli, monkeypatch):
    monkeypatch.setitem(sys.modules, "rasd.cli.events", types.ModuleType("rasd.cli.events"))
    res = cli("gsr")
    assert res.exit_code != 0 and res.output.startswith("error E020")


def test_errors_option_lists_and_caps(cli, files, pred):
    pred["entities"] = []
    path = _write_jsonl(files / "pred.jsonl", [pred])
    out = json.loads(cli(files / "gold", path, "--json", "--errors", "2").output)
    assert len(out["errors"]["entities"]) == 2 and out["errors"]["quotes"] == []
    assert out["errors"]["entities"][0]["kind"] == "missed"
    res = cli(files / "gold", path, "--errors", "1")
    assert res.exit_code == 0 and "entities: first 1 errors" in res.output
    assert "errors" not in json.loads(cli(files / "gold", path, "--json").output)
