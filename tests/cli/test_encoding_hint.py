"""A binary input of no known kind is told 'pass --encoding if it is UTF-16 without a
byte-order mark' only by `rasd extract`, the one command with --encoding: `rasd ingest`,
`rasd demo --sample` and `rasd places @FILE` named an option they do not have."""
from __future__ import annotations

import pytest

BINARY = b"\x01\x02\x00\x00" * 50  # NUL bytes, no magic number: maybe UTF-16 without a BOM


@pytest.mark.parametrize("name", ["in.txt", "in.jsonl"])
def test_extract_names_its_encoding_option(tmp_path, runner, app, text_only_config, name):
    src = tmp_path / name
    src.write_bytes(BINARY)
    result = runner.invoke(app, ["extract", str(src), "--config", str(text_only_config)])
    assert result.exit_code == 1, result.output
    assert "input looks binary" in result.output and "pass --encoding" in result.output


@pytest.mark.parametrize("name", ["in.txt", "in.jsonl"])
def test_ingest_names_no_option_it_lacks(tmp_path, runner, app, text_only_config, name):
    src = tmp_path / name
    src.write_bytes(BINARY)
    result = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "x.db"),
                                 "--config", str(text_only_config)])
    assert "E003" in result.output and "input looks binary" in result.output, result.output
    assert "--encoding" not in result.output


def test_demo_names_no_option_it_lacks(tmp_path, runner, app):
    src = tmp_path / "sample.jsonl"
    src.write_bytes(BINARY)
    result = runner.invoke(app, ["demo", "--sample", str(src), "--no-serve",
                                 "--db", str(tmp_path / "d.db")])
    assert "input looks binary" in result.output, result.output
    assert "--encoding" not in result.output


def test_places_names_no_option_it_lacks(tmp_path, runner, app):
    src = tmp_path / "text.txt"
    src.write_bytes(BINARY)
    result = runner.invoke(app, ["places", f"@{src}"])
    assert result.exit_code == 1
    assert result.output.startswith("error E003: input looks binary"), result.output
    assert "--encoding" not in result.output
