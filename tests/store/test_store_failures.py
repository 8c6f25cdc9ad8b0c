"""The failures table keeps one row per input item: the same bad item failing again (a feed
URL retried every --watch round, a file ingested again) counts up `seen`, it adds no row."""
from __future__ import annotations

import sqlite3

from rasd.app import IngestReport, Rasd
from rasd.errors import RasdError
from rasd.model import Article
from rasd.store import open_store


def test_same_item_failing_again_updates_its_row(store) -> None:
    for n in range(3):
        store.record_failure(code="E050", message=f"HTTP 50{n}", item="https://example.org/feed")
    store.record_failure(code="E002", message="not Arabic", item="a.jsonl:2")
    rows = {f["item"]: f for f in store.failures()}
    assert set(rows) == {"https://example.org/feed", "a.jsonl:2"}
    feed = rows["https://example.org/feed"]
    assert (feed["seen"], feed["message"], feed["code"]) == (3, "HTTP 502", "E050")
    assert feed["first_at"] <= feed["at"]
    assert rows["a.jsonl:2"]["seen"] == 1
    assert store.stats()["failures"] == 2


def test_failures_without_an_item_are_each_kept(store) -> None:
    store.record_failure(code="E021", message="stage failed", doc_id="d1")
    store.record_failure(code="E021", message="stage failed", doc_id="d2")
    assert len(store.failures()) == 2


def test_reingesting_a_bad_article_adds_no_row(store, text_pipeline) -> None:
    rasd = Rasd(store, text_pipeline)
    for _ in range(3):  # fetch-like failures are retried; other codes are skipped as done
        rasd.fail(IngestReport(), item="feed:1", exc=RasdError("HTTP 503", code="E050"))
    rasd.ingest([(Article(text="   "), "empty:1")])
    rasd.ingest([(Article(text="   "), "empty:1")])
    assert sorted((f["item"], f["seen"]) for f in store.failures()) == [("empty:1", 1), ("feed:1", 3)]


def test_migration_folds_old_duplicate_rows(tmp_path) -> None:
    """A store written before migration 004 had one row per failure; the newest row of each
    item is kept, with the count and the first time."""
    path = tmp_path / "old.db"
    store = open_store(str(path))
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX failures_item")
    conn.execute("DELETE FROM schema_migrations WHERE version = 4")
    conn.execute("CREATE TABLE f_old AS SELECT id, item, doc_id, stage, code, message, at FROM failures")
    conn.execute("DROP TABLE failures")
    conn.execute("ALTER TABLE f_old RENAME TO failures")
    rows = [(1, "u", "E050", "HTTP 500", "2026-01-01T00:00:00+00:00"),
            (2, "u", "E050", "HTTP 502", "2026-01-02T00:00:00+00:00"),
            (3, None, "E021", "x", "2026-01-02T00:00:00+00:00"),
            (4, "v", "E002", "not Arabic", "2026-01-03T00:00:00+00:00")]
    conn.executemany("INSERT INTO failures (id, item, code, message, at) VALUES (?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    store = open_store(str(path))
    try:
        got = {(f["item"], f["seen"], f["message"], f["first_at"][:10]) for f in store.failures()}
        assert got == {("u", 2, "HTTP 502", "2026-01-01"), (None, 1, "x", "2026-01-02"),
                       ("v", 1, "not Arabic", "2026-01-03")}
        store.record_failure(code="E050", message="HTTP 504", item="u")
        assert {f["item"]: f["seen"] for f in store.failures()}["u"] == 3
    finally:
        store.close()
