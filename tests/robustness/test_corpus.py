"""The corpus generator behind the crash and load tests: deterministic, distinct, honest spans."""
from __future__ import annotations

from rasd.bench.corpus import annotated, articles
from rasd.model.validate import validate_record


def test_same_arguments_same_articles_and_different_seeds_differ():
    assert articles(30, seed=4) == articles(30, seed=4)
    assert articles(30, seed=4) != articles(30, seed=5)
    assert articles(30, seed=4, events=(1, 1)) != articles(30, seed=4)


def test_texts_are_distinct_and_records_valid():
    pairs = annotated(300, seed=1, events=(1, 4))
    assert len({item["text"] for item, _ in pairs}) == 300
    assert len({item["id"] for item, _ in pairs}) == 300
    for item, record in pairs:
        assert validate_record(record, item["text"]) == [], item["id"]
        assert 1 <= len(record["events"]) <= 4
        for ev in record["events"]:
            assert ev["counts"] and ev["place"] and ev["date"] <= item["published"]
    types = {ev["type"] for _, r in pairs for ev in r["events"]}
    assert types == {"ASSAULT", "PROTEST", "COERCE", "DISPLACE"}
