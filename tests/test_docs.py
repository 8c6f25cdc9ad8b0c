"""Docs that must follow the code: docs/cli.md is generated from --help and must not be stale."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", REPO / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_docs_are_up_to_date(monkeypatch) -> None:
    for key, value in {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}.items():
        monkeypatch.setenv(key, value)
    gen = load_generator()
    fresh = gen.render()
    current = (REPO / "docs" / "cli.md").read_text("utf-8")
    assert current == fresh, "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"


def test_cli_docs_cover_every_command_and_are_deterministic(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")  # the terminal must not change the output
    gen = load_generator()
    text = gen.render()
    assert text == gen.render()
    for command in ("rasd extract", "rasd validate", "rasd data build", "rasd data list", "rasd bench"):
        assert f"## `{command}`" in text
    assert "\x1b[" not in text and "╭" not in text  # no colour codes, no rich boxes


def test_data_doc_names_every_folder_a_resource_reads() -> None:
    from rasd.resources import registered_resources

    doc = (REPO / "docs" / "data.md").read_text("utf-8")
    folders = {src for spec in registered_resources().values() for src in spec.sources}
    folders |= {"ud-arabic-pud", "gold-dev"}
    missing = sorted(f for f in folders if f"`{f}/`" not in doc)
    assert not missing, f"docs/data.md does not describe: {missing}"


def test_data_model_doc_states_the_span_invariant() -> None:
    doc = (REPO / "docs" / "data-model.md").read_text("utf-8")
    assert 'article[span["start"]:span["end"]] == span["text"]' in doc
    assert "rasd-1.schema.json" in doc


def test_cli_docs_give_the_code_a_bad_shard_line_gets(tmp_path) -> None:
    """The preamble gives a shard line that is not UTF-8 the code rasd process gives it: E003, not bad JSON's E005."""
    import re

    from rasd.scale.shards import read_items

    shard = tmp_path / "s.jsonl"
    shard.write_bytes(b'{"id": "a", "text": "\xe3\xff"}\n')
    [item] = read_items(shard)
    said = re.search(r"A shard line is that line's failure, with the line's own code: not\s+UTF-8 `(E\d{3})`",
                     (REPO / "docs" / "cli.md").read_text("utf-8"))
    assert said and said.group(1) == item["_code"] == "E003"
