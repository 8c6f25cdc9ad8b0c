"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from $RASD_TEST_PG_URL (a database the tests may wipe). Locally a
missing URL skips the PostgreSQL half; under CI (CI=true) it fails.
"""
from __future__ import annotations

import os

import pytest

from rasd.app import Rasd
from rasd.samples import sample_articles, sample_records
from rasd.store import open_store

PG_ENV = "RASD_TEST_PG_URL"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if _in_ci():
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL store tests")
        pytest.skip(f"{PG_ENV} not set (PostgreSQL store tests)")
    return url


_SCHEMA_FRESH: set[str] = set()


def wipe_pg(url: str) -> None:
    """Drop everything once per session (so migrations run from scratch), then only empty
    the tables between tests: DDL is slow, TRUNCATE is not."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        if url not in _SCHEMA_FRESH:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
            _SCHEMA_FRESH.add(url)
            return
        conn.execute("TRUNCATE documents, events, documents_fts, failures, processed "
                     "RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "rasd.db"))
    else:
        url = pg_url()
        wipe_pg(url)
        s = open_store(url)
    yield s
    s.close()


@pytest.fixture
def texts() -> dict[str, str]:
    return {a["id"]: a["text"] for a in sample_articles()}


@pytest.fixture
def records() -> list[dict]:
    return sample_records()


@pytest.fixture
def filled(store, records, texts):
    """A Rasd over a store holding the ten hand-annotated sample records (12 events)."""
    rasd = Rasd(store)
    for record in records:
        rasd.ingest_record(record, texts[record["doc"]["id"]])
    return rasd


TEXT_ONLY = '[pipeline]\nstages = ["text"]\n'


@pytest.fixture
def text_pipeline():
    """A pipeline with only the text stage: documents are stored, no extraction quality needed."""
    from rasd import load_pipeline

    return load_pipeline(TEXT_ONLY)
