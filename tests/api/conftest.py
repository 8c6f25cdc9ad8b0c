"""API fixtures: the FastAPI app over a SQLite store holding the hand-annotated sample."""
from __future__ import annotations

import warnings

import pytest

from rasd.api.app import create_app
from rasd.app import Rasd
from rasd.samples import sample_articles, sample_records
from rasd.store import open_store

with warnings.catch_warnings():  # starlette's notice about its httpx-based test client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "test-token-123"
TEXT_ONLY = '[pipeline]\nstages = ["text"]\n'


@pytest.fixture
def rasd(tmp_path):
    from rasd import load_pipeline

    app = Rasd(open_store(str(tmp_path / "api.db")), load_pipeline(TEXT_ONLY))
    texts = {a["id"]: a["text"] for a in sample_articles()}
    for record in sample_records():
        app.ingest_record(record, texts[record["doc"]["id"]])
    yield app
    app.close()


@pytest.fixture
def client(rasd):
    return TestClient(create_app(rasd, token=TOKEN), raise_server_exceptions=False)


@pytest.fixture
def auth() -> dict:
    return {"Authorization": f"Bearer {TOKEN}"}
