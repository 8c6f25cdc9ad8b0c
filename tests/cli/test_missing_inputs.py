"""Every command refuses an input path that is not there with one coded line and exit 1,
before any work: `rasd ingest /no/such/file` said 'failed 1' and exited 0, and a missing
--config of ingest or serve was 'error E000: unexpected FileNotFoundError'."""
from __future__ import annotations

import json

import pytest

from rasd.samples import sample_articles


def _one_article(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(sample_articles()[0], ensure_ascii=False) + "\n", "utf-8")
    return src


@pytest.mark.parametrize("missing,says", [
    ("no-such-file.jsonl", "file or directory not found"),
    ("@no-such-list.txt", "input list not found"),
])
def test_ingest_refuses_a_missing_input(tmp_path, runner, app, text_only_config, missing, says):
    db = tmp_path / "x.db"
    good = _one_article(tmp_path)
    bad = missing.replace("no-such", str(tmp_path / "no-such"))
    result = runner.invoke(app, ["ingest", str(good), bad, "--db", str(db),
                                 "--config", str(text_only_config)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"error E008: {says}"), result.output
    assert not db.exists()  # nothing was ingested, not even the good file


@pytest.mark.parametrize("command", [["ingest", "IN"], ["serve", "--get", "/api/stats", "--create"],
                                     ["extract", "IN"], ["process", "IN", "OUT.jsonl"]])
def test_a_missing_config_is_one_coded_line(tmp_path, runner, app, command):
    src = _one_article(tmp_path)
    args = [a.replace("IN", str(src)).replace("OUT", str(tmp_path / "out")) for a in command]
    if command[0] in ("ingest", "serve"):
        args += ["--db", str(tmp_path / "x.db")]
    for config in (tmp_path / "no-such.toml", tmp_path):  # missing, and a directory
        result = runner.invoke(app, [*args, "--config", str(config)])
        assert result.exit_code == 1, result.output
        assert f"error E008: config file not found: {config}" in result.output, result.output
        assert "E000" not in result.output


def test_a_config_that_is_not_utf8_is_e003(tmp_path, runner, app):
    config = tmp_path / "p.toml"
    config.write_bytes('[pipeline]\nstages = ["نص"]\n'.encode("cp1256"))
    result = runner.invoke(app, ["extract", str(_one_article(tmp_path)), "--config", str(config)])
    assert result.exit_code == 1 and "error E003: config file is not UTF-8 text" in result.output
