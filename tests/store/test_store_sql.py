"""Store behaviour on SQLite and PostgreSQL: idempotence, transactions, filters, paging."""
from __future__ import annotations

import json

import pytest

from rasd.app import Rasd
from rasd.errors import NotFoundError, StoreError, ValidationError
from rasd.model import Article
from rasd.store import EventQuery, QueryError, StoreClosed


def ids(rasd, **filters) -> set[str]:
    rows, _ = rasd.events(EventQuery(limit=500, **filters))
    return {r["doc_id"] + "/" + r["local_id"] for r in rows}


def test_store_migrations_recorded(store):
    rows = store._rows("SELECT version, name FROM schema_migrations")
    assert [(r["version"], r["name"]) for r in rows] == [(1, "init"), (2, "list_speed"),
                                                         (3, "list_pages"), (4, "failure_repeats")]
    assert store.migrate() == []  # nothing pending the second time


def test_store_save_is_idempotent(store, records, texts):
    record = records[0]
    first = store.save(record, texts["sample-01"])
    again = store.save(json.loads(json.dumps(record)), texts["sample-01"])
    assert first == ("sample-01", True)
    assert again == ("sample-01", False)
    assert store.stats()["documents"] == 1
    assert store.stats()["events"] == 1


def test_store_same_id_different_text_keeps_both(store, records, texts):
    rasd = Rasd(store)
    rasd.ingest_record(records[0], texts["sample-01"])
    other = dict(records[1], doc=dict(records[1]["doc"], id="sample-01"))
    doc_id, created = rasd.ingest_record(other, texts["sample-02"])
    assert created and doc_id.startswith("sample-01-")
    assert store.document(doc_id)["text"] == texts["sample-02"]


def test_store_write_is_one_transaction(store, records, texts):
    broken = json.loads(json.dumps(records[0]))
    del broken["events"][0]["type"]  # fails after the document row was inserted
    with pytest.raises(KeyError):
        store.save(broken, texts["sample-01"], item="x")
    assert store.stats()["documents"] == 0
    assert not store.is_processed("x")


def test_store_rejects_spans_that_do_not_match_text(store, records, texts):
    bad = json.loads(json.dumps(records[0]))
    bad["events"][0]["trigger"]["start"] += 1
    with pytest.raises(ValidationError) as err:
        Rasd(store).ingest_record(bad, texts["sample-01"])
    assert err.value.code == "E011"


def test_store_filters(filled):
    assert ids(filled, type="ASSAULT") == {"sample-01/v1", "sample-02/v1", "sample-04/v2",
                                           "sample-06/v1", "sample-08/v1", "sample-10/v2"}
    assert ids(filled, type="assault", mode="airstrike") == {"sample-06/v1"}
    assert ids(filled, country="IQ") == {"sample-03/v1"}
    assert ids(filled, country="iq") == {"sample-03/v1"}  # case-insensitive, like type
    assert ids(filled, admin1="Deir ez-Zor") == {"sample-04/v1", "sample-04/v2"}
    # A week-long event (Feb 12–18) overlaps a range that starts inside it.
    assert ids(filled, date_from="2024-02-15", date_to="2024-02-20") == {"sample-04/v1"}
    assert ids(filled, date_from="2024-03") == {"sample-03/v1", "sample-05/v1", "sample-07/v1",
                                                "sample-09/v1", "sample-10/v1", "sample-10/v2"}
    assert ids(filled, date_to="2024-01") == {"sample-06/v1"}
    assert ids(filled, bbox=(42.0, 10.0, 52.0, 30.0)) == {"sample-06/v1", "sample-07/v1"}
    assert ids(filled, bbox="36,35,38,37") == {"sample-01/v1", "sample-02/v1", "sample-08/v1"}
    assert ids(filled, actor="sdf") == {"sample-04/v2"}
    assert ids(filled, actor="قوات الدعم السريع") == {"sample-10/v2"}
    assert ids(filled, actor="EGYPOL") == {"sample-05/v1"}
    assert ids(filled, has_count=False) == {"sample-04/v2", "sample-07/v1", "sample-09/v1",
                                            "sample-10/v2"}
    assert len(ids(filled, has_count=True)) == 8


def test_store_full_text_search_is_normalised(filled):
    assert ids(filled, q="سراقب") == {"sample-01/v1", "sample-02/v1"}
    # tashkeel and alef forms in the query are normalised like the stored text
    assert ids(filled, q="الإِنسان") == ids(filled, q="الانسان")
    assert "sample-05/v1" in ids(filled, q="الانسان")
    assert ids(filled, q='"; DROP TABLE events; --') == set()
    # a word written only with a proclitic ("ومسلحين", "وأوضح") is found without it
    assert ids(filled, q="مسلحين محليين") == {"sample-04/v1", "sample-04/v2"}
    assert ids(filled, q="أوضح") == {"sample-04/v1", "sample-04/v2"}
    assert filled.stats()["events"] == 12


def test_store_pagination_covers_everything_once(filled):
    seen, cursor, pages = [], None, 0
    while True:
        rows, cursor = filled.events(EventQuery(limit=5, cursor=cursor))
        seen += [r["id"] for r in rows]
        pages += 1
        if not cursor:
            break
    assert pages == 3 and len(seen) == 12 and len(set(seen)) == 12
    dates = [filled.event(i)["sort_date"] for i in seen]
    assert dates == sorted(dates, reverse=True)


def test_store_bad_cursor_and_filters(filled):
    with pytest.raises(QueryError):
        filled.events(EventQuery(cursor="not-a-cursor"))
    with pytest.raises(QueryError):
        EventQuery(date_from="March")
    with pytest.raises(QueryError):
        EventQuery(bbox="1,2,3")
    for bad in ("2024-13", "2024-02-30", "2023-02-29", "2024-00-10"):  # not on the calendar
        with pytest.raises(QueryError, match="from must be a date"):
            EventQuery(date_from=bad)
    for bad in ("nan,0,1,1", "0,0,inf,1", "190,0,200,1", "0,-91,1,1"):
        with pytest.raises(QueryError, match="bbox"):
            EventQuery(bbox=bad)
    assert EventQuery(date_from="2024-02-29", date_to="2024", bbox="170,-10,-170,10").bbox == (170, -10, -170, 10)
    with pytest.raises(QueryError):
        EventQuery(type="PARTY")


def test_store_event_document_cluster(filled):
    rows, _ = filled.events(EventQuery(q="سراقب", limit=10))
    clusters = {r["cluster_id"] for r in rows}
    assert len(clusters) == 1  # two outlets, one shelling: one cluster
    members = filled.cluster(clusters.pop())
    assert {m["doc_id"] for m in members} == {"sample-01", "sample-02"}
    assert {m["killed"] for m in members} == {5, 7}
    doc = filled.document("sample-03")
    assert doc["record"]["doc"]["id"] == "sample-03" and "ساحة التحرير" in doc["text"]
    with pytest.raises(NotFoundError):
        filled.event("nope-v1")
    with pytest.raises(NotFoundError):
        filled.document("nope")


def test_store_places_and_stats(filled):
    places = {p["name"]: p for p in filled.places()}
    assert places["سراقب"]["events"] == 2 and places["سراقب"]["country"] == "SY"
    stats = filled.stats(EventQuery(country="SY"))
    assert stats["events"] == 5 and stats["by_type"] == {"ASSAULT": 4, "DISPLACE": 1}
    assert stats["by_date"]["2024-02-11"] == 2
    assert stats["documents"] == 10


def test_store_failures_and_processed(store, text_pipeline):
    rasd = Rasd(store, text_pipeline)
    report = rasd.ingest([(Article(text="The army said on Monday that nothing happened."), "en:1"),
                          (Article(text="   "), "empty:1"),
                          (Article(text="قال شاهد إن السوق فتح أبوابه صباح الأحد.", id="ok"), "ar:1")])
    assert (report.added, report.failed) == (1, 2)
    failures = {f["item"]: f["code"] for f in store.failures()}
    assert failures == {"en:1": "E002", "empty:1": "E001"}
    assert store.is_processed("ar:1") and store.is_processed("en:1")
    again = rasd.ingest([(Article(text="قال شاهد إن السوق فتح أبوابه صباح الأحد.", id="ok"), "ar:1")])
    assert (again.added, again.skipped) == (0, 1)
    # the same text under another item key is a duplicate, not a new document
    dup = rasd.ingest([(Article(text="قال شاهد إن السوق فتح أبوابه صباح الأحد."), "ar:2")])
    assert (dup.added, dup.duplicates) == (0, 1)
    assert store.stats()["documents"] == 1


def test_store_closed_raises(store):
    store.close()
    with pytest.raises(StoreClosed):
        store.stats()
    assert issubclass(StoreClosed, StoreError)


def test_actor_filter_takes_wildcards_literally(filled):
    every, _ = filled.events(EventQuery(limit=500))
    assert every, "the sample must hold events"
    for wildcard in ("%", "_", "%%", "\\"):
        rows, _ = filled.events(EventQuery(actor=wildcard, limit=500))
        assert rows == [], wildcard


def test_control_characters_in_filters_are_refused(filled):
    from rasd.store import QueryError

    for name in ("q", "actor", "country", "cluster", "mode", "admin1"):
        for bad in ("a\x00b", "a\nb", "\x1f", "x\x7f"):
            with pytest.raises(QueryError) as info:
                filled.events(EventQuery(**{name: bad}))
            assert info.value.code == "E043"


def test_list_rows_use_the_digest_and_old_rows_fall_back_to_records(filled):
    from rasd.api.views import event_summary

    full, _ = filled.events(EventQuery(limit=500))
    light, _ = filled.events(EventQuery(limit=500), records=False)
    assert all("record" in r and r["record"] is None for r in light)
    assert [event_summary(r) for r in light] == [event_summary(r) for r in full]
    with filled.store._writer() as conn:  # rows stored before migration 002 have no digest
        filled.store._exec(conn, "UPDATE events SET digest = NULL")
    old, _ = filled.events(EventQuery(limit=500), records=False)
    assert all(r["record"] is not None for r in old)
    assert [event_summary(r) for r in old] == [event_summary(r) for r in full]
