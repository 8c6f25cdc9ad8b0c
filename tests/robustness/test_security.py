"""Security: tokens on writes, parameterised filters, ingest path and size limits.
(Escaped article text and the default bind address: test_security_page.py.)

Filters are attacked on SQLite and PostgreSQL (the store's two backends); the
PostgreSQL half needs $RASD_TEST_PG_URL (`source scripts/provision`).
"""
from __future__ import annotations

import base64
import json
import os
import warnings
from urllib.parse import urlencode

import pytest

from rasd.api.app import create_app
from rasd.app import Rasd
from rasd.bench.corpus import annotated
from rasd.ingest import ingest_sources
from rasd.store import open_store

with warnings.catch_warnings():  # starlette's notice about its httpx-based test client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"
TEXT_ONLY = '[pipeline]\nstages = ["text"]\n'
ENVELOPE = {"ok", "error", "code", "status"}
ARABIC = "قال شهود إن قوات الأمن فرقت تظاهرة أمام مبنى المحافظة مساء الأحد في مدينة حلب."
INJECTIONS = ("' OR 1=1 --", "ASSAULT'; DROP TABLE events; --", "x\"; DELETE FROM documents; --",
              "1) OR (1=1", "' UNION SELECT id, text FROM documents --", "') OR ('a'='a",
              "Robert'); DROP TABLE documents;--", '" OR ""="', "*", "NEAR(a b)", '"unbalanced',
              "-- ", "/*", "\\", "؛ DROP TABLE events", "x" * 5000)
STRING_FILTERS = ("type", "mode", "country", "admin1", "actor", "q", "cluster")
OTHER_FILTERS = {
    "from": ("2024-01-01' OR 1=1 --", "2024; DROP TABLE events"),
    "to": ("' OR ''='", "9999-99-99) OR (1=1"),
    "bbox": ("' OR 1=1 --", "1,2,3", "a,b,c,d", "nan,nan,nan,nan", "inf,-inf,1,2",
             "1,2,3,4;DROP TABLE events", "1e309,0,0,0", ",,,", "0,0,0,0,0"),
    "has_count": ("1 OR 1=1", "true; DROP TABLE events"),
    "limit": ("1 OR 1=1", "-1", "99999999999999999999", "10; DROP TABLE events"),
    "cursor": ("' OR 1=1 --", "!!!", base64.urlsafe_b64encode(
        json.dumps(["9999' OR 1=1 --", "x' OR '1'='1"]).encode()).decode()),
}


def _pg_url() -> str:
    url = os.environ.get("RASD_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("RASD_TEST_PG_URL is not set: CI must run the PostgreSQL security tests")
        pytest.skip("RASD_TEST_PG_URL not set (source scripts/provision)")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def filled(request, tmp_path_factory):
    url = _pg_url() if request.param == "postgres" else str(tmp_path_factory.mktemp("sec") / "s.db")
    app = Rasd(open_store(url))
    for item, record in annotated(25, seed=5):
        app.ingest_record(record, item["text"])
    yield app
    app.close()


@pytest.fixture(scope="module")
def client(filled):
    # One portal (event loop + worker threads) for the module: without `with`, every request
    # gets fresh threads, and the store opens a reader connection per thread.
    with TestClient(create_app(filled, token=TOKEN), raise_server_exceptions=False) as client:
        yield client


def _counts(app: Rasd) -> tuple[int, int]:
    one = app.store._one("SELECT (SELECT COUNT(*) FROM documents) AS d, (SELECT COUNT(*) FROM events) AS e")
    return one["d"], one["e"]


def _check_clean(response, *, must_be_empty: bool) -> None:
    """A valid (empty) list or the error envelope; never a 500 nor a leaked SQL message."""
    assert response.status_code in (200, 400, 422), (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body["items"], list)
        if must_be_empty:
            assert body["items"] == [], "a filter payload matched rows: not treated as a value"
    else:
        assert set(body) == ENVELOPE and body["ok"] is False and body["code"].startswith("E0")
        assert "syntax" not in body["error"].lower() and "sqlite" not in body["error"].lower()


# -- parameterised filters -----------------------------------------------------------------

@pytest.mark.parametrize("name", STRING_FILTERS)
def test_sql_injection_in_string_filters_is_just_a_value(client, filled, name):
    before = _counts(filled)
    assert before[1] > 40
    for payload in INJECTIONS:
        for path in ("/api/events", "/api/stats"):
            response = client.get(f"{path}?{urlencode({name: payload})}")
            if path == "/api/events":
                _check_clean(response, must_be_empty=payload not in ("*", "-- ", "\\", "/*"))
            else:
                assert response.status_code in (200, 400), response.text[:300]
                if response.status_code == 200 and payload.strip("*-/\\ "):
                    assert response.json()["events"] == 0, (name, payload)
    assert _counts(filled) == before
    assert client.get("/api/events?limit=500").json()["items"], "the events table still answers"


@pytest.mark.parametrize("name", sorted(OTHER_FILTERS))
def test_injection_and_garbage_in_typed_filters_is_a_clean_error(client, filled, name):
    before = _counts(filled)
    for payload in OTHER_FILTERS[name]:
        response = client.get(f"/api/events?{urlencode({name: payload})}")
        _check_clean(response, must_be_empty=False)
        if response.status_code == 200:  # accepted as a value: it filtered, never widened
            assert len(response.json()["items"]) <= 100
    assert _counts(filled) == before


@pytest.mark.parametrize("path", ("/api/events/", "/api/documents/"))
def test_injection_in_path_ids_is_not_found(client, filled, path):
    before = _counts(filled)
    for payload in ("x' OR '1'='1", "1; DROP TABLE events", "%27%20OR%201%3D1%20--"):
        response = client.get(path + payload)
        assert response.status_code == 404 and set(response.json()) == ENVELOPE
    assert _counts(filled) == before


def test_nul_byte_in_filters_is_a_clean_400(client):
    for name in STRING_FILTERS:
        response = client.get("/api/events?" + urlencode({name: "a\x00b"}))
        assert response.status_code in (200, 400), (name, response.text[:200])


def test_export_with_injection_is_empty_and_clean(client):
    response = client.get("/api/export.jsonl?" + urlencode({"admin1": "' OR 1=1 --"}))
    assert response.status_code == 200 and response.content.strip() == b""
    # a country is two letters: anything else is refused before any query
    response = client.get("/api/export.jsonl?" + urlencode({"country": "' OR 1=1 --"}))
    assert response.status_code == 400 and response.json()["code"] == "E043"


# -- writes need the token -----------------------------------------------------------------

def test_writes_need_the_token(filled):
    article = {"text": ARABIC, "id": "sec-new"}
    before = _counts(filled)
    client = TestClient(create_app(filled, token=TOKEN), raise_server_exceptions=False)
    for headers, status in (({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                            ({"Authorization": f"Basic {TOKEN}"}, 401),
                            ({"Authorization": "Bearer "}, 403),
                            ({"Authorization": f"Bearer {TOKEN}x"}, 403),
                            ({"X-Api-Token": TOKEN}, 401)):
        response = client.post("/api/documents", json=article, headers=headers)
        assert response.status_code == status and response.json()["code"] == "E042", headers
    disabled = TestClient(create_app(filled, token=""), raise_server_exceptions=False)
    response = disabled.post("/api/documents", json=article, headers={"Authorization": "Bearer "})
    assert response.status_code == 403, "no token configured must mean no writes, not open writes"
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/documents").status_code in (401, 403, 405)
        assert getattr(client, method)("/api/events").status_code == 405
    assert _counts(filled) == before


def test_api_refuses_oversized_article(filled):
    client = TestClient(create_app(filled, token=TOKEN), raise_server_exceptions=False)
    before = _counts(filled)
    huge = ("قتل ثلاثة مدنيين في قصف على حلب. " * 80_000)  # ~2.6 MB of UTF-8
    response = client.post("/api/documents", json={"text": huge},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code in (413, 422) and response.json()["code"] == "E004"
    assert _counts(filled) == before


# -- ingest: roots and sizes ---------------------------------------------------------------

@pytest.fixture
def ingest_app(tmp_path):
    from rasd import load_pipeline

    app = Rasd(open_store(str(tmp_path / "ingest.db")), load_pipeline(TEXT_ONLY))
    yield app
    app.close()


def _roots_layout(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(ARABIC, "utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "ok.txt").write_text(ARABIC + " وأضاف المصدر.", "utf-8")
    return root, outside


def test_ingest_refuses_paths_outside_roots(ingest_app, tmp_path):
    root, outside = _roots_layout(tmp_path)
    attempts = [str(outside / "secret.txt"), str(root / ".." / "outside" / "secret.txt"),
                str(root / "link.txt"), str(outside), "/etc/passwd"]
    report = ingest_sources(ingest_app, attempts, roots=[str(root)])
    assert report.added == 0 and report.failed == len(attempts)
    assert {f["code"] for f in report.failures} == {"E052"}
    assert _counts(ingest_app) == (0, 0)
    report = ingest_sources(ingest_app, [str(root / "ok.txt")], roots=[str(root)])
    assert report.added == 1


def test_ingest_directory_does_not_follow_symlinks_out_of_roots(ingest_app, tmp_path):
    root, _ = _roots_layout(tmp_path)
    report = ingest_sources(ingest_app, [str(root)], roots=[str(root)])
    texts = [r["text"] for r in ingest_app.store._rows("SELECT text FROM documents")]
    assert texts == [ARABIC + " وأضاف المصدر."] and report.added == 1


def test_ingest_refuses_oversized_files_and_lines(ingest_app, tmp_path):
    big = "قتل ثلاثة مدنيين في قصف على حلب. " * 80_000  # ~2.6 MB: over the 2 MB default
    (tmp_path / "big.txt").write_text(big, "utf-8")
    lines = [{"id": "small", "text": ARABIC}, {"id": "huge", "text": big}]
    (tmp_path / "mixed.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n"
                                                  for x in lines), "utf-8")
    report = ingest_sources(ingest_app, [str(tmp_path / "big.txt"), str(tmp_path / "mixed.jsonl")],
                            roots=[str(tmp_path)])
    assert report.added == 1 and report.failed == 2
    assert {f["code"] for f in report.failures} == {"E004"}
    assert [r["id"] for r in ingest_app.store._rows("SELECT id FROM documents")] == ["small"]
