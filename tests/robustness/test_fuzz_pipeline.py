"""The whole pipeline never raises on article-like input and every span is honest."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

import rasd
from rasd.bench.fuzzgen import article_text, dates
from rasd.model import Article, iter_spans, to_record

EXAMPLES = int(os.environ.get("RASD_FUZZ_EXAMPLES", "500"))
# 200k characters: ~5 s of pipeline since quotes and events became linear in article length
# (it took 276 s on the morning of 2026-11-26; docs/performance.md).
HUGE_CHARS = int(os.environ.get("RASD_FUZZ_HUGE_CHARS", "200000"))


@pytest.fixture(scope="module")
def nlp():
    return rasd.load_pipeline()


def check_spans(text: str, record: dict) -> None:
    for path, span in iter_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], path


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
@given(text=article_text(), published=dates())
def test_pipeline_never_raises_and_spans_hold(nlp, text, published):
    record = to_record(nlp(Article(text=text, published=published)))
    check_spans(text, record)
    assert record["schema"] == "rasd/1"


def test_huge_input_is_processed(nlp):
    text = ("قتل ثلاثة مدنيين في قصف على حلب، حسبما أفاد المرصد. " * (HUGE_CHARS // 40 + 1))[:HUGE_CHARS]
    record = to_record(nlp(Article(text=text, published="2024-02-12")))
    check_spans(text, record)
    assert record["events"], "a long article still yields its (merged) event"
