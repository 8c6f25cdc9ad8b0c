"""`rasd process` exit status: 1 when articles failed and none was written (it exited 0 when
every article failed, as a good run did), and with --strict 1 when any article failed, as
`rasd extract --strict` and `rasd ingest --strict`; a run with some good articles exits 0."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from rasd.cli.main import app

CONFIG = '[pipeline]\nstages = ["text"]\n'
TEXT = "افتتح المحافظ جسرا جديدا يربط ضفتي النهر بحضور عدد من المسؤولين."


def _run(tmp_path, rows, *flags):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    cfg = tmp_path / "p.toml"
    cfg.write_text(CONFIG, "utf-8")
    out = tmp_path / "out.jsonl"
    return CliRunner().invoke(app, ["process", str(src), str(out), "--config", str(cfg), *flags])


def test_every_article_failed_exits_1(tmp_path) -> None:
    result = _run(tmp_path, [{"id": "a", "text": "no Arabic here at all"}, {"id": "b"}])
    assert result.exit_code == 1, result.output
    assert "0 documents" in result.output and "2 failures" in result.output


def test_some_failed_exits_0_and_1_with_strict(tmp_path) -> None:
    rows = [{"id": "a", "text": TEXT}, {"id": "b", "text": "no Arabic here at all"}]
    assert _run(tmp_path, rows).exit_code == 0
    (tmp_path / "out.jsonl").unlink()
    result = _run(tmp_path, rows, "--strict")
    assert result.exit_code == 1 and "1 failures" in result.output


def test_a_clean_run_exits_0_with_strict(tmp_path) -> None:
    assert _run(tmp_path, [{"id": "a", "text": TEXT}], "--strict").exit_code == 0
