"""Helpers for the quantities tests: run text + times + quantities on an invented sentence."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasd.model.document import Article, Document
from rasd.stages.quantities import QuantitiesStage
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage

sys.path.insert(0, str(Path(__file__).parent))  # --import-mode=importlib: make quantity_probes importable


def run_quantities(text: str, published: str | None = "2024-02-12"):
    doc = TextStage()(Document.from_article(Article(text=text, published=published)))
    doc = QuantitiesStage()(TimesStage()(doc))
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text  # evidence spans point into the original text
    return doc.quantities


@pytest.fixture(name="run_quantities")
def run_quantities_fixture():
    return run_quantities
