"""One error envelope for every error, and bearer-token enforcement on writes."""
from __future__ import annotations

import pytest

from rasd.api.app import create_app

ENVELOPE = {"ok", "error", "code", "status"}
ARABIC = "قال شهود إن قوات الأمن فرقت تظاهرة أمام مبنى المحافظة مساء الأحد."


@pytest.mark.parametrize("method, url, status, code", [
    ("get", "/api/events/nope-v1", 404, "E041"),
    ("get", "/api/documents/nope", 404, "E041"),
    ("get", "/api/nothing-here", 404, "E041"),
    ("get", "/api/events?limit=0", 400, "E043"),
    ("get", "/api/events?limit=abc", 400, "E043"),
    ("get", "/api/events?has_count=maybe", 400, "E043"),
    ("get", "/api/events?from=yesterday", 400, "E043"),
    ("get", "/api/events?bbox=1,2", 400, "E043"),
    ("get", "/api/events?type=PARTY", 400, "E043"),
    ("get", "/api/events?cursor=%%%", 400, "E043"),
    ("get", "/api/stats?to=2024-13-99x", 400, "E043"),
    ("get", "/api/events?from=2024-13", 400, "E043"),          # no month 13
    ("get", "/api/events?to=2024-02-30", 400, "E043"),         # no 30 February
    ("get", "/api/export.csv?from=2024-00", 400, "E043"),
    ("get", "/api/events?bbox=200,0,300,10", 400, "E043"),     # off the globe
    ("get", "/api/events?bbox=nan,nan,nan,nan", 400, "E043"),
    ("get", "/api/stats?bbox=-inf,0,inf,10", 400, "E043"),
    ("get", "/api/export.xml", 400, "E007"),
    ("get", "/api/events?q=a%00b", 400, "E043"),
    ("get", "/api/events?actor=a%0Ab", 400, "E043"),
    ("get", "/api/stats?country=S%00Y", 400, "E043"),
    ("get", "/api/export.csv?cluster=%1F", 400, "E043"),
    ("get", "/api/events/a%00b", 400, "E043"),
    ("get", "/api/documents/a%00b", 400, "E043"),
    ("delete", "/api/events", 405, "E044"),
    ("post", "/api/documents", 401, "E042"),
    # an unknown or a repeated query parameter was ignored, or its last value taken
    ("get", "/api/events?limt=5", 400, "E043"),
    ("get", "/api/events?limit=1&limit=2", 400, "E043"),
    ("get", "/api/stats?type=ASSAULT&type=PROTEST", 400, "E043"),
    ("get", "/api/export.csv?contry=SY", 400, "E043"),
    ("get", "/api/places?type=ASSAULT", 400, "E043"),
    ("get", "/api/events/nope-v1?verbose=1", 400, "E043"),
    # a page belongs to the list: stats and exports took limit/cursor and ignored them
    ("get", "/api/export.csv?limit=5", 400, "E043"),
    ("get", "/api/stats?cursor=abc", 400, "E043"),
])
def test_api_error_envelope(client, method, url, status, code):
    response = getattr(client, method)(url)
    body = response.json()
    assert response.status_code == status
    assert set(body) == ENVELOPE
    assert body["ok"] is False and body["status"] == status and body["code"] == code
    assert isinstance(body["error"], str) and body["error"]


def test_api_unknown_and_repeated_parameters_are_named(client):
    unknown = client.get("/api/events?limt=5").json()["error"]
    assert unknown.startswith("unknown query parameter 'limt'") and "limit" in unknown
    assert client.get("/api/places?x=1").json()["error"].endswith("(this endpoint takes: none)")
    repeated = client.get("/api/events?limit=1&limit=2").json()["error"]
    assert repeated == "query parameter 'limit' given 2 times; give it once"
    # the page is no API: a link's own parameters (the deep link ?event=…) still open it
    assert client.get("/?event=x&utm_source=y").status_code == 200


def test_api_post_requires_token(client, auth):
    article = {"text": ARABIC, "id": "new-1", "published": "2024-03-03"}
    assert client.post("/api/documents", json=article).status_code == 401
    wrong = client.post("/api/documents", json=article, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["code"] == "E042"
    created = client.post("/api/documents", json=article, headers=auth)
    assert created.status_code == 201 and created.json() == {"ok": True, "id": "new-1", "created": True}
    again = client.post("/api/documents", json=article, headers=auth)
    assert again.status_code == 200 and again.json()["created"] is False
    assert client.get("/api/documents/new-1").json()["text"] == ARABIC
    assert client.get("/api/stats").json()["documents"] == 11


def test_api_post_validates_input(client, auth):
    english = client.post("/api/documents", json={"text": "Protesters gathered in the square."},
                          headers=auth)
    assert english.status_code == 422 and english.json()["code"] == "E002"
    missing = client.post("/api/documents", json={"title": "no text"}, headers=auth)
    assert missing.status_code == 422 and set(missing.json()) == ENVELOPE
    bad_record = client.post("/api/documents", json={"text": ARABIC, "record": {"schema": "x"}},
                             headers=auth)
    assert bad_record.status_code == 422 and bad_record.json()["code"] == "E010"


def test_api_writes_disabled_when_env_unset(rasd, monkeypatch):
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    from fastapi.testclient import TestClient

    client = TestClient(create_app(rasd), raise_server_exceptions=False)
    response = client.post("/api/documents", json={"text": ARABIC},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "disabled" in response.json()["error"]
    monkeypatch.setenv("RASD_API_TOKEN", "from-env")
    client = TestClient(create_app(rasd), raise_server_exceptions=False)
    ok = client.post("/api/documents", json={"text": ARABIC},
                     headers={"Authorization": "Bearer from-env"})
    assert ok.status_code == 201


def test_api_has_no_cdn_docs_pages(client):
    for path in ("/docs", "/redoc"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["code"] == "E041"


def test_api_post_without_a_buildable_pipeline_is_503(tmp_path):
    from fastapi.testclient import TestClient

    from rasd.app import Rasd
    from rasd.store import open_store

    def no_model():
        raise FileNotFoundError("models/ner/ner.crfsuite")

    rasd = Rasd(open_store(str(tmp_path / "x.db")), pipeline_factory=no_model)
    client = TestClient(create_app(rasd, token="t"), raise_server_exceptions=False)
    response = client.post("/api/documents", json={"text": ARABIC},
                           headers={"Authorization": "Bearer t"})
    assert response.status_code == 503 and response.json()["code"] == "E020"
    assert client.get("/api/stats").json()["documents"] == 0  # reads still work
    rasd.close()


@pytest.mark.parametrize("published", ["yesterday", "2024-13-45", "2024-02-30", "12/02/2024"])
def test_api_post_refuses_a_published_that_is_no_date(client, auth, published):
    """It was stored as the record's doc.published and copied into the event dates, giving a
    record the rasd/1 schema refuses."""
    body = {"text": ARABIC, "id": "d1", "published": published}
    response = client.post("/api/documents", json=body, headers=auth)
    assert response.status_code == 422 and response.json()["code"] == "E043"
    assert "published" in response.json()["error"]
    assert client.get("/api/documents/d1").status_code == 404
    assert client.post("/api/documents", json=dict(body, published="2024-02-29"),
                       headers=auth).status_code == 201


@pytest.mark.parametrize("body,says", [
    (b'{"text": "\xd9\x82\xd8\xaa\xd9\x84', "the body is not JSON: "),     # cut short
    (b"[1, 2]", "the body must be a JSON object"),
    (b'"\xd9\x82\xd8\xaa\xd9\x84"', "the body must be a JSON object"),      # a bare string
])
def test_api_post_body_that_is_no_json_object_is_e005(client, auth, body, says):
    """It was E043 (a filter's code) with "0: JSON decode error" or pydantic's "Input should
    be a valid dictionary or object to extract fields from"."""
    response = client.post("/api/documents", content=body,
                           headers={**auth, "content-type": "application/json"})
    assert response.status_code == 422 and set(response.json()) == ENVELOPE
    assert response.json()["code"] == "E005" and response.json()["error"].startswith(says)


def test_api_validator_message_has_no_pydantic_prefix(client, auth):
    response = client.post("/api/documents", json={"text": ARABIC, "published": "2024-13-45"},
                           headers=auth)
    assert response.json()["error"] == "published: must be a date YYYY-MM-DD, not '2024-13-45'"
