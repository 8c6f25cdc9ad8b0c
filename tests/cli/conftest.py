"""CLI test fixtures: a pipeline of the text stage plus a tiny mention stage, so records carry spans."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.model import Entity, Span
from rasd.pipeline.registry import register_stage
from rasd.text import norm_key

NAMES = {"الموصل": "LOC", "بغداد": "LOC", "القاهرة": "LOC", "لأمم": "ORG"}
KEYS = {norm_key(k): v for k, v in NAMES.items()}


class MentionStage:
    """Marks a few invented names as entities, using the text stage's clitic segments."""

    name = "test_mentions"
    requires = ("tokens",)
    assigns = ("entities",)

    def __call__(self, doc):
        for tok in doc.tokens:
            start, end = tok.without_proclitics()
            text = doc.text[start:end]
            label = KEYS.get(norm_key(text))
            if label:
                doc.entities.append(Entity(f"e{len(doc.entities) + 1}", label, text, [Span(start, end, text)]))
        return doc


register_stage("test_mentions")(lambda config, resources=None: MentionStage())

ARTICLE = "بغداد - قُتل ثلاثة مدنيين في قصف بالموصل، وقالت الأمم المتحدة إن الوضع سيء.\nوأضاف المسؤول أن القاهرة تتابع."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def app():
    from rasd.cli.main import app as rasd_app

    return rasd_app


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "pipeline.toml"
    path.write_text('[pipeline]\nstages = ["text", "test_mentions"]\n', "utf-8")
    return path


@pytest.fixture
def text_only_config(tmp_path: Path) -> Path:
    path = tmp_path / "text.toml"
    path.write_text('[pipeline]\nstages = ["text"]\n', "utf-8")
    return path


def records_of(stdout: str) -> list[dict]:
    stdout = stdout.strip()
    if stdout.startswith("{") and "\n{" not in stdout:
        return [json.loads(stdout)]
    if stdout.startswith("["):
        return json.loads(stdout)
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]
