"""Helpers for the times tests: run the text + times stages on an invented sentence."""
from __future__ import annotations

import pytest

from rasd.model.document import Article, Document
from rasd.stages.text import TextStage
from rasd.stages.times import TimesStage


def run_times(text: str, published: str | None = None, *, reference_date: str | None = None):
    doc = TextStage()(Document.from_article(Article(text=text, published=published)))
    doc = TimesStage(reference_date=reference_date)(doc)
    for t in doc.times:
        assert text[t.start:t.end] == t.text  # evidence spans point into the original text
    return doc.times


@pytest.fixture(name="run_times")
def run_times_fixture():
    return run_times
