"""RSS ingest over real local HTTP: good pages, a broken feed, a 404 page, a non-Arabic page."""
from __future__ import annotations

from rasd.ingest import ingest_sources


def test_ingest_feed_reports_bad_items_and_keeps_the_rest(rasd, site):
    report = ingest_sources(rasd, [f"{site.base}/feed.xml", f"{site.base}/broken.xml",
                                   f"{site.base}/down.xml"])
    assert report.added == 3
    codes = {f["item"].replace(site.base, ""): f["code"] for f in report.failures}
    assert codes == {"url:/news/missing.html": "E050", "url:/news/english.html": "E002",
                     "/broken.xml": "E051", "/down.xml": "E050"}
    stored = {f["item"].replace(site.base, ""): f["code"] for f in rasd.store.failures()}
    assert stored == codes
    docs = [rasd.document(d) for d in report.doc_ids]
    assert {d["outlet"] for d in docs} == {"وكالة الاختبار"}
    assert {d["published"] for d in docs} == {"2024-03-03"}
    assert all(d["url"].startswith(site.base + "/news/sample-0") for d in docs)
    assert any("ساحة التحرير" in d["text"] for d in docs)


def test_ingest_feed_second_run_fetches_only_what_failed_to_fetch(rasd, site):
    ingest_sources(rasd, [f"{site.base}/feed.xml"])
    before = dict(site.hits)
    again = ingest_sources(rasd, [f"{site.base}/feed.xml"])
    assert (again.added, again.skipped) == (0, 4)   # 3 stored + the non-Arabic page (permanent)
    assert again.failed == 1                          # the 404 is retried and fails again
    fetched = {p for p, n in site.hits.items() if n > before.get(p, 0)}
    assert fetched == {"/feed.xml", "/news/missing.html"}
    assert rasd.stats()["documents"] == 3


def test_ingest_single_article_url(rasd, site):
    report = ingest_sources(rasd, [f"{site.base}/news/sample-02.html"])
    assert report.added == 1
    doc = rasd.document(report.doc_ids[0])
    assert "سراقب" in doc["text"] and doc["url"] == f"{site.base}/news/sample-02.html"


def test_ingest_feed_list_file(rasd, site, tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# our outlets\n{site.base}/feed.xml\n\n{site.base}/extra.html\n", "utf-8")
    report = ingest_sources(rasd, [f"@{feeds}"])
    assert report.added == 4 and rasd.stats()["documents"] == 4


def test_ingest_killed_process_resumes_without_loss_or_duplicates(rasd, site, tmp_path):
    import subprocess
    import sys
    import threading
    import time

    from rasd.store import open_store

    config = tmp_path / "text.toml"
    config.write_text('[pipeline]\nstages = ["text"]\n', "utf-8")
    db = tmp_path / "killed.db"
    gate = site.gates["/news/sample-03.html"] = threading.Event()  # the third page hangs
    cmd = [sys.executable, "-c", "from rasd.cli.main import run; run()", "ingest",
           f"{site.base}/feed.xml", "--db", str(db), "--config", str(config)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while site.hits.get("/news/sample-03.html", 0) == 0 and time.time() < deadline:
            time.sleep(0.05)
        assert site.hits.get("/news/sample-03.html") == 1, "the ingest never reached page 3"
        proc.kill()  # SIGKILL: no cleanup, no atexit, mid-run
        proc.wait(timeout=10)
    finally:
        gate.set()
        if proc.poll() is None:
            proc.kill()
    from rasd.app import Rasd
    from rasd.ingest import ingest_sources

    store = open_store(str(db))
    assert store.stats()["documents"] == 2
    resumed = ingest_sources(Rasd(store, rasd.pipeline), [f"{site.base}/feed.xml"])
    assert (resumed.skipped, resumed.added, resumed.duplicates) == (2, 1, 0)
    assert store.stats()["documents"] == 3
    assert site.hits["/news/sample-01.html"] == 1  # done pages were not fetched again
    store.close()


def test_atom_feed_relative_links_and_entries_without_a_page(rasd, site):
    """An Atom entry with no link was fetched at its id ('urn:…': E050 UnsupportedProtocol,
    retried and stored again on every run); a relative link failed the same way. Relative
    links now resolve against the feed's URL, and an entry with no web page is skipped."""
    from rasd.samples import sample_articles

    art = sample_articles()[4]
    site.routes["/news/rel.html"] = (200, "text/html; charset=utf-8",
                                     f"<html><body><article><p>{art['text']}</p></article></body></html>".encode())
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>شبكة أتوم</title><id>urn:feed</id><updated>2024-03-01T00:00:00Z</updated>"
            '<entry><title>نسبي</title><link href="news/rel.html"/><id>urn:a</id>'
            "<updated>2024-02-28T09:00:00Z</updated></entry>"
            "<entry><title>بلا رابط</title><id>urn:uuid:1225c695-cfb8</id>"
            "<updated>2024-02-28T09:00:00Z</updated></entry></feed>").encode()
    site.routes["/atom.xml"] = (200, "application/atom+xml", atom)
    report = ingest_sources(rasd, [f"{site.base}/atom.xml"])
    assert (report.added, report.failed) == (1, 0), report.failures
    doc = rasd.document(report.doc_ids[0])
    assert doc["url"] == f"{site.base}/news/rel.html" and doc["outlet"] == "شبكة أتوم"
    assert doc["published"] == "2024-02-28"
