"""`rasd bench times` runs on the bundled sample when no data directory is there."""
from __future__ import annotations

from rasd.bench.times import run


def test_bench_runs_on_bundled_sample(tmp_path):
    figures = run(data_dir=tmp_path, min_articles=10)
    assert figures["source"] == "bundled sample"
    assert figures["articles"] >= 10
    assert figures["articles_per_s"] > 0 and figures["articles_per_s_with_text_stage"] > 0
    assert figures["times_per_article"] >= 0 and figures["quantities_per_article"] >= 0
