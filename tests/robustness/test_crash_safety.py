"""Crash safety: SIGKILL an ingest of 1,000 articles mid-way, restart it, lose nothing.

The ingest runs in a subprocess (tests/robustness/ingest_worker.py) on the real
ingest path; the test kills it once a few hundred documents are stored, runs it
again to completion, and checks the store: every article stored exactly once, every
document's events stored exactly once (the events table mirrors each stored record),
every input item marked processed, and a sample re-extracted in-process matches.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from rasd.bench.corpus import articles
from rasd.store import open_store

N = 1000
KILL_AFTER = 300          # documents stored before the SIGKILL
WORKER = Path(__file__).with_name("ingest_worker.py")


def _worker_module():
    spec = importlib.util.spec_from_file_location("rasd_test_ingest_worker", WORKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pg_url() -> str:
    url = os.environ.get("RASD_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("RASD_TEST_PG_URL is not set: CI must run the PostgreSQL crash test")
        pytest.skip("RASD_TEST_PG_URL not set (source scripts/provision)")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "postgres":
        yield _pg_url()
        return
    # A SIGKILL leaves the OS page cache intact, so fsync plays no part in what this test
    # checks; a tmpfs (when there is one) spares it 1,000 fsyncs on a busy disk.
    shm = Path("/dev/shm")
    base = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() and os.access(shm, os.W_OK) else tmp_path
    yield str(base / "crash.db")
    if base != tmp_path:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    items = articles(N, seed=11, events=(1, 3))
    path = tmp_path_factory.mktemp("crash") / "articles.jsonl"
    path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), "utf-8")
    return path, items


def _count(store, table: str) -> int:
    return store._one(f"SELECT COUNT(*) AS n FROM {table}")["n"]


def _kill_midway(url: str, path: Path, env: dict) -> int:
    watcher = open_store(url)  # migrates first, so the poll below never races the worker's DDL
    proc = subprocess.Popen([sys.executable, str(WORKER), url, str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 40  # on a very busy machine: kill wherever it got to
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            stored = _count(watcher, "documents")
            if stored >= KILL_AFTER:
                break
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        watcher.close()
    assert proc.returncode == -signal.SIGKILL, f"worker ended on its own: {proc.stderr.read()[-2000:]}"
    return stored


def _env() -> dict:
    # The client is killed, never the server: a commit's durability on disk plays no part
    # here, so the worker's PostgreSQL sessions skip waiting for the WAL flush.
    return {**os.environ, "PGOPTIONS": "-c synchronous_commit=off"}


def test_sigkill_mid_ingest_loses_and_duplicates_nothing(store_url, corpus):
    path, items = corpus
    at_kill = _kill_midway(store_url, path, _env())
    assert 0 < at_kill < N, "the kill must land mid-way"
    rerun = subprocess.run([sys.executable, str(WORKER), store_url, str(path)],
                           capture_output=True, text=True, timeout=60, env=_env())
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = dict(kv.split("=") for kv in rerun.stdout.split())
    assert int(report["added"]) + int(report["skipped"]) + int(report["duplicates"]) == N
    assert int(report["skipped"]) >= at_kill  # resumed: earlier work was not redone

    store = open_store(store_url)
    try:
        docs = store._rows("SELECT id, sha256, record FROM documents")
        assert len(docs) == N, "lost or duplicated documents"
        assert {d["id"] for d in docs} == {it["id"] for it in items}
        assert len({d["sha256"] for d in docs}) == N
        events = store._rows("SELECT id, doc_id FROM events")
        assert len({e["id"] for e in events}) == len(events), "duplicated events"
        per_doc: dict[str, int] = {}
        for e in events:
            per_doc[e["doc_id"]] = per_doc.get(e["doc_id"], 0) + 1
        expected = {d["id"]: len(json.loads(d["record"])["events"]) for d in docs}
        assert sum(expected.values()) > N // 2, "the light pipeline should find events"
        assert {k: v for k, v in expected.items() if v} == per_doc, "lost or extra events"
        processed = store._rows("SELECT status FROM processed")
        assert len(processed) == N and {p["status"] for p in processed} == {"ok"}
        assert _count(store, "failures") == 0
        # The stored events are the pipeline's: re-extract a sample in-process and compare.
        nlp = _worker_module().light_pipeline()
        by_id = {d["id"]: json.loads(d["record"]) for d in docs}
        from rasd.model import Article, to_record
        for it in items[::50]:
            fresh = to_record(nlp(Article(text=it["text"], id=it["id"], published=it["published"])))
            assert fresh["events"] == by_id[it["id"]]["events"]
    finally:
        store.close()
