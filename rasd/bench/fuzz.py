"""Long fuzz run: `rasd bench fuzz --examples 10000`."""
from __future__ import annotations

import time


def run(data_dir=None, *, examples: int = 10000, **_) -> dict:
    from hypothesis import HealthCheck, given, settings

    import rasd
    from rasd.bench.fuzzgen import article_text, dates
    from rasd.model import Article, iter_spans, to_record

    nlp = rasd.load_pipeline()
    stats = {"examples": 0, "spans_checked": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=article_text(max_tokens=300), published=dates())
    def one(text, published):
        record = to_record(nlp(Article(text=text, published=published)))
        for path, span in iter_spans(record):
            assert text[span["start"]:span["end"]] == span["text"], path
            stats["spans_checked"] += 1
        stats["examples"] += 1

    t0 = time.perf_counter()
    one()
    return {**stats, "failures": 0, "seconds": round(time.perf_counter() - t0, 1)}
