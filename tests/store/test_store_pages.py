"""List pages joined from stored list items (events.summary) and the store data version."""
from __future__ import annotations

import json

from rasd.store import EventQuery
from rasd.store.rows import list_item


def _row_built(rasd, query: EventQuery) -> dict:
    """The page as the list rows build it, one row at a time (the reference)."""
    rows, cursor = rasd.events(query, records=False)
    return {"items": [list_item(r) for r in rows], "next_cursor": cursor}


def _pages(rasd, query: EventQuery) -> list[tuple[dict, dict]]:
    out = []
    while True:
        joined = json.loads(rasd.store.events_page(query))
        out.append((joined, _row_built(rasd, query)))
        if not joined["next_cursor"]:
            return out
        query = query.replace(cursor=joined["next_cursor"])


def test_pages_equal_the_row_built_pages_with_filters_and_cursors(filled):
    queries = [EventQuery(limit=2), EventQuery(limit=3, type="ASSAULT"), EventQuery(country="SY"),
               EventQuery(limit=2, has_count=True), EventQuery(q="حلب", limit=1),
               EventQuery(date_from="2024-01-01", limit=4), EventQuery(q="لا-يوجد-هذا")]
    seen = 0
    for query in queries:
        for joined, built in _pages(filled, query):
            assert joined == built
            seen += len(joined["items"])
    assert seen > 12  # several filters matched events, over several pages


def test_pages_show_the_current_cluster_after_a_merge(filled):
    first = json.loads(filled.store.events_page(EventQuery(limit=1)))["items"][0]
    with filled.store._writer() as conn:  # what save() does when a new event joins clusters
        filled.store._exec(conn, "UPDATE events SET cluster_id = ? WHERE cluster_id = ?",
                           ["merged-cluster", first["cluster_id"]])
    page = json.loads(filled.store.events_page(EventQuery(limit=1)))
    assert page["items"][0]["cluster_id"] == "merged-cluster"
    assert page == _row_built(filled, EventQuery(limit=1))


def test_rows_without_a_stored_item_are_built_from_the_row(filled):
    before = filled.store.events_page(EventQuery(limit=500))
    with filled.store._writer() as conn:  # rows stored before migration 003
        filled.store._exec(conn, "UPDATE events SET summary = NULL")
    assert filled.store.events_page(EventQuery(limit=500)) == before
    assert json.loads(before)["items"]


def test_data_version_changes_with_each_stored_document_only(filled, records, texts):
    store = filled.store
    v0 = store.data_version()
    assert isinstance(v0, int)
    assert store.data_version() == v0  # reads change nothing
    record = records[0]
    filled.ingest_record(record, texts[record["doc"]["id"]])  # a duplicate: nothing stored
    assert store.data_version() == v0
    text = texts[record["doc"]["id"]] + " "
    new = dict(record, doc=dict(record["doc"], id="copy-1", sha256=None))
    new["doc"].pop("sha256")
    filled.ingest_record(new, text)
    assert store.data_version() > v0
