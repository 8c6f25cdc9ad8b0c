"""`rasd validate`: per-record problems, a summary line, exit 1 when anything is wrong."""
from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import ARTICLE


def extract_records(runner, app, config, tmp_path: Path) -> tuple[Path, Path]:
    arts = tmp_path / "articles.jsonl"
    arts.write_text("".join(json.dumps({"id": i, "text": ARTICLE + i}, ensure_ascii=False) + "\n"
                            for i in ("a", "b")), "utf-8")
    out = tmp_path / "recs.jsonl"
    assert runner.invoke(app, ["extract", str(arts), "--config", str(config), "-o", str(out)]).exit_code == 0
    return arts, out


def test_valid_records(runner, app, config, tmp_path: Path) -> None:
    arts, out = extract_records(runner, app, config, tmp_path)
    result = runner.invoke(app, ["validate", str(out), "--articles", str(arts)])
    assert result.exit_code == 0, result.output
    assert "validated 2 record(s): 2 valid, 0 with problems" in result.stdout


def test_problems_are_listed_per_record(runner, app, config, tmp_path: Path) -> None:
    arts, out = extract_records(runner, app, config, tmp_path)
    recs = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    recs[1]["entities"][0]["mentions"][0]["start"] += 1
    recs[1]["entities"][0]["mentions"][0]["end"] += 1
    folder = tmp_path / "dir"
    folder.mkdir()
    for r in recs:
        (folder / f"{r['doc']['id']}.json").write_text(json.dumps(r, ensure_ascii=False), "utf-8")
    (folder / "broken.json").write_text("{", "utf-8")
    result = runner.invoke(app, ["validate", str(folder), "--articles", str(arts)])
    assert result.exit_code == 1
    assert f"{folder / 'b.json'}: 1 problem(s)" in result.stdout
    assert "E011 entities[0].mentions[0]" in result.stdout
    assert f"{folder / 'broken.json'}: 1 problem(s)" in result.stdout and "E005" in result.stdout
    assert "validated 3 record(s): 1 valid, 2 with problems (2 problems)" in result.stdout


def test_without_articles_only_schema_and_references(runner, app, tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps({"schema": "rasd/1", "doc": {"id": "x"}, "entities": [], "places": [],
                             "times": [], "quantities": [], "quotes": [],
                             "events": [{"id": "v1", "type": "ASSAULT", "trigger": {"start": 0, "end": 2, "text": "قص"},
                                         "place": "p7"}]}), "utf-8")
    result = runner.invoke(app, ["validate", str(f)])
    assert result.exit_code == 1 and "E013 events[0].place" in result.stdout


def test_missing_article_is_a_problem(runner, app, config, tmp_path: Path) -> None:
    arts, out = extract_records(runner, app, config, tmp_path)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "zzz", "text": ARTICLE}) + "\n", "utf-8")
    result = runner.invoke(app, ["validate", str(out), "--articles", str(other)])
    assert result.exit_code == 1 and "E012" in result.stdout


def test_missing_file(runner, app, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.json")])
    assert result.exit_code == 1 and result.stderr.startswith("error E008")


def test_binary_articles_file_is_one_error_line(runner, app, config, tmp_path: Path) -> None:
    """`--articles` pointing at a binary file was `error E000: unexpected UnicodeDecodeError`."""
    _, out = extract_records(runner, app, config, tmp_path)
    blob = tmp_path / "blob.jsonl"
    blob.write_bytes(b"\x8d\x00\xff" * 50)
    result = runner.invoke(app, ["validate", str(out), "--articles", str(blob)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith("error E003: "), result.output
