"""Fixtures for the quotes stage: invented Arabic snippets with hand-made entities."""
from __future__ import annotations

import pytest

from rasd.model import Article, Document, Entity, Span
from rasd.pipeline.registry import get_factory
from rasd.stages.text import TextStage


def make_doc(text: str, names: dict[str, str] | None = None) -> Document:
    """A Document whose entities are every occurrence of each name (name → label)."""
    doc = Document.from_article(Article(text, id="t"))
    TextStage()(doc)
    for k, (name, label) in enumerate((names or {}).items(), start=1):
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(Span(pos, pos + len(name), name))
            pos = text.find(name, pos + len(name))
        if mentions:
            doc.entities.append(Entity(f"e{k}", label, name, mentions))
    return doc


def run_quotes(text: str, names: dict[str, str] | None = None) -> Document:
    doc = make_doc(text, names)
    return get_factory("quotes")({}, None)(doc)


@pytest.fixture
def quotes():
    """run(text, names) → the Document after the quotes stage."""
    return run_quotes


def check_spans(doc: Document) -> None:
    """Every span the stage emits reads back from the text."""
    for q in doc.quotes:
        for s in (q.content, q.cue, q.speaker):
            if s is not None:
                assert 0 <= s.start < s.end <= len(doc.text)
                assert doc.text[s.start:s.end] == s.text
    for a in doc.attributions:
        assert 0 <= a.start < a.end <= len(doc.text)
        for s in (a.source, a.relay):
            if s is not None:
                assert doc.text[s.start:s.end] == s.text


@pytest.fixture
def check():
    """check(doc): every emitted span reads back from the text."""
    return check_spans
