"""Cross-article clusters: the same happening in several articles shares one cluster id."""
from __future__ import annotations

from rasd.app import Rasd
from rasd.samples import annotate

TEXT = "{town} - قتل {n} مدنيين في قصف مدفعي على بلدة {town} يوم الأحد، حسبما أفاد ناشطون."
PLACES = {  # three towns on one meridian: A–C are 33 km apart, B sits between them
    "a": {"name": "الفا", "name_en": "A", "lat": 35.70, "lon": 36.60, "country": "SY",
          "admin1": "Idlib", "admin2": None, "feature": "town"},
    "b": {"name": "بيتا", "name_en": "B", "lat": 35.85, "lon": 36.60, "country": "SY",
          "admin1": "Idlib", "admin2": None, "feature": "town"},
    "c": {"name": "جاما", "name_en": "C", "lat": 36.00, "lon": 36.60, "country": "SY",
          "admin1": "Idlib", "admin2": None, "feature": "town"},
}
NUMBERS = {"a": "ثلاثة", "b": "أربعة", "c": "خمسة"}


def report(key: str, doc_id: str, *, date: str = "2024-02-11", kind: str = "ASSAULT") -> tuple[dict, str]:
    town = PLACES[key]["name"]
    text = TEXT.format(town=town, n=NUMBERS[key]) + f"\nالتقرير {doc_id}."  # distinct texts
    ev = {"type": kind, "mode": "shelling", "trigger": "قصف مدفعي", "place": key, "geo_precision": 1,
          "date": date, "time_precision": "day", "time": "يوم الأحد",
          "counts": {"killed": [3, "exact", f"{NUMBERS[key]} مدنيين"]}, "source": "ناشطون"}
    article = {"id": doc_id, "published": "2024-02-12", "title": None, "outlet": None, "url": None,
               "text": text}
    return annotate(article, [ev], PLACES), text


def cluster_of(rasd: Rasd, doc_id: str) -> str:
    return rasd.store._one("SELECT cluster_id FROM events WHERE doc_id = ?", [doc_id])["cluster_id"]


def test_clusters_same_happening_across_articles(filled):
    rows = filled.store._rows("SELECT doc_id, cluster_id, id FROM events ORDER BY id")
    by_doc = {r["doc_id"]: r["cluster_id"] for r in rows if r["doc_id"] in ("sample-01", "sample-02")}
    assert by_doc["sample-01"] == by_doc["sample-02"]
    others = {r["cluster_id"] for r in rows if r["doc_id"] not in ("sample-01", "sample-02")}
    assert by_doc["sample-01"] not in others
    assert len({r["cluster_id"] for r in rows}) == 11  # 12 events, one pair merged


def test_clusters_merge_when_an_event_links_two(store):
    rasd = Rasd(store)
    rasd.ingest_record(*report("a", "doc-a"))
    rasd.ingest_record(*report("c", "doc-c"))
    assert cluster_of(rasd, "doc-a") != cluster_of(rasd, "doc-c")  # 33 km apart
    rasd.ingest_record(*report("b", "doc-b"))                      # 17 km from each
    assert cluster_of(rasd, "doc-a") == cluster_of(rasd, "doc-b") == cluster_of(rasd, "doc-c")


def test_clusters_keep_other_days_and_types_apart(store):
    rasd = Rasd(store)
    rasd.ingest_record(*report("a", "doc-1"))
    rasd.ingest_record(*report("a", "doc-2", date="2024-02-14"))
    rasd.ingest_record(*report("a", "doc-3", kind="COERCE"))
    rasd.ingest_record(*report("a", "doc-4", date="2024-02-12"))
    clusters = {d: cluster_of(rasd, d) for d in ("doc-1", "doc-2", "doc-3", "doc-4")}
    assert clusters["doc-1"] == clusters["doc-4"]
    assert len(set(clusters.values())) == 3


def test_two_writers_at_once_still_share_one_cluster(store, monkeypatch):
    """Two processes ingest reports of one happening at the same moment. Each places its
    event in a cluster while holding the write lock, so the second sees the first's event;
    placing it before the transaction (as rasd once did) gave two clusters."""
    import threading

    import rasd.app
    from rasd.store import open_store

    other = open_store(store.url)
    inside, release = threading.Event(), threading.Event()
    real = rasd.app.assign_clusters

    def slow_first(record, neighbours):
        found = real(record, neighbours)
        if record["doc"]["id"] == "doc-first":
            inside.set()        # the first writer is placing its event …
            release.wait(5)     # … and stays in its transaction a while
        return found

    monkeypatch.setattr(rasd.app, "assign_clusters", slow_first)
    first = threading.Thread(target=Rasd(store).ingest_record, args=report("a", "doc-first"))
    first.start()
    try:
        assert inside.wait(5)
        second = threading.Thread(target=Rasd(other).ingest_record, args=report("b", "doc-second"))
        second.start()              # must wait for the first transaction
        second.join(0.5)
        assert second.is_alive()
        release.set()
        first.join(10)
        second.join(10)
        assert cluster_of(Rasd(store), "doc-first") == cluster_of(Rasd(store), "doc-second")
    finally:
        release.set()
        other.close()
