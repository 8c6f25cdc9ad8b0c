"""HEAD is answered wherever GET is, with GET's status and headers and no body: FastAPI's GET
routes answered HEAD with 405, so `curl -I` and uptime checks saw the API as broken."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("url", ["/api/events", "/api/events?type=ASSAULT&limit=2", "/api/stats",
                                 "/api/places", "/api/export.csv", "/", "/openapi.json"])
def test_head_is_get_without_the_body(client, url):
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    # an export is streamed (chunked, no length known up front): HEAD says no length either
    assert head.headers.get("content-length") == got.headers.get("content-length")
    assert "export" in url or head.headers["content-length"] == str(len(got.content))
    assert head.headers["x-content-type-options"] == "nosniff"


def test_head_of_an_error_is_the_error_status(client):
    assert client.head("/api/events?limit=0").status_code == 400
    assert client.head("/api/events/nope-v1").status_code == 404


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "csv", "parquet"])
def test_head_of_an_export_does_not_build_it(client, rasd, monkeypatch, fmt):
    """HeadAsGet dropped the body of HEAD /api/export.* only after the whole export was built
    (every record read and rendered): HEAD answers GET's headers from one fetched event."""
    got = client.get(f"/api/export.{fmt}?type=ASSAULT")

    def no_export(query):
        raise AssertionError("HEAD read the whole store")

    monkeypatch.setattr(rasd.store, "iter_events", no_export)
    head = client.head(f"/api/export.{fmt}?type=ASSAULT")
    assert head.status_code == 200 and head.content == b""
    for name in ("content-type", "content-disposition", "content-length"):
        assert head.headers.get(name) == got.headers.get(name)


def test_head_of_a_bad_export_is_gets_error(client):
    assert client.head("/api/export.xml").status_code == client.get("/api/export.xml").status_code == 400
    assert client.head("/api/export.csv?from=yesterday").status_code == 400
