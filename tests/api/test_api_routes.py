"""Every endpoint and filter of the JSON API, over the hand-annotated sample."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest


def pairs(client, query: str = "") -> set[str]:
    data = client.get("/api/events?limit=500" + (("&" + query) if query else "")).json()
    return {f"{i['doc_id']}/{i['id'].split('-')[-1]}" for i in data["items"]}


def test_api_events_list_shape(client):
    data = client.get("/api/events").json()
    assert set(data) == {"items", "next_cursor"} and data["next_cursor"] is None
    assert len(data["items"]) == 12
    item = next(i for i in data["items"] if i["doc_id"] == "sample-05")
    assert item["type"] == "COERCE" and item["mode"] == "arrest"
    assert item["place"]["name"] == "المطرية" and item["place"]["lat"] == pytest.approx(30.1313)
    assert item["counts"] == {"arrested": {"value": 25, "qualifier": "at_least"}}
    assert item["claimant"] == "الجبهة المصرية لحقوق الإنسان" and item["trigger"] == "القبض"


@pytest.mark.parametrize("query, expected", [
    ("type=PROTEST", {"sample-03/v1"}),
    ("type=ASSAULT&mode=bombing", {"sample-08/v1"}),
    ("from=2024-03-15&to=2024-03-31", {"sample-10/v1", "sample-10/v2"}),
    ("from=2024-01-01&to=2024-01-31", {"sample-06/v1"}),
    ("country=SD", {"sample-10/v1", "sample-10/v2"}),
    ("admin1=Aleppo", {"sample-08/v1"}),
    ("bbox=30,29,32,31", {"sample-05/v1"}),
    ("actor=rsf", {"sample-10/v2"}),
    ("actor=قوات سوريا الديمقراطية", {"sample-04/v2"}),
    ("q=ساحة التحرير", {"sample-03/v1"}),
    ("q=مفاوضات&type=CONSULT", {"sample-07/v1"}),
    ("has_count=false&country=SY", {"sample-04/v2"}),
    ("has_count=true&type=DISPLACE", {"sample-04/v1", "sample-10/v1"}),
])
def test_api_events_filters(client, query, expected):
    assert pairs(client, query) == expected


def test_api_events_cursor_pagination(client):
    seen, url = [], "/api/events?limit=4"
    while url:
        data = client.get(url).json()
        seen += [i["id"] for i in data["items"]]
        url = f"/api/events?limit=4&cursor={data['next_cursor']}" if data["next_cursor"] else None
    assert len(seen) == 12 == len(set(seen))
    filtered = client.get("/api/events?limit=1&type=DISPLACE").json()
    second = client.get(f"/api/events?limit=1&type=DISPLACE&cursor={filtered['next_cursor']}").json()
    assert second["next_cursor"] is None
    assert {filtered["items"][0]["doc_id"], second["items"][0]["doc_id"]} == {"sample-04", "sample-10"}


def test_api_event_detail_has_evidence_sources_and_conflicts(client):
    item = client.get("/api/events?q=سراقب&limit=1").json()["items"][0]
    ev = client.get(f"/api/events/{item['id']}").json()
    text = ev["document"]["text"]
    for span in ev["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    roles = {s["role"] for s in ev["evidence"]}
    assert {"trigger", "source", "count:killed", "count:injured", "place", "time"} <= roles
    sentence = ev["sentence_span"]
    assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    assert ev["cluster"]["size"] == 2
    assert {s["doc_id"] for s in ev["sources"]} == {"sample-01", "sample-02"}
    killed = {c["claimant"]: c["value"] for c in ev["conflicts"]["killed"]}
    assert killed == {"المرصد السوري لحقوق الإنسان": 5, "مديرية الصحة في إدلب": 7}
    lone = client.get("/api/events?type=PROTEST").json()["items"][0]
    assert client.get(f"/api/events/{lone['id']}").json()["conflicts"] == {}


def test_api_document(client):
    doc = client.get("/api/documents/sample-06").json()
    assert doc["record"]["schema"] == "rasd/1" and doc["record"]["events"][0]["hedged"] is True
    assert doc["text"].startswith("صنعاء") and doc["sha256"] == doc["record"]["doc"]["sha256"]


def test_api_places_and_stats(client):
    places = client.get("/api/places").json()["items"]
    assert {p["name"] for p in places} >= {"سراقب", "بغداد", "زمزم"}
    assert next(p for p in places if p["name"] == "سراقب")["events"] == 2
    stats = client.get("/api/stats").json()
    assert (stats["documents"], stats["events"]) == (10, 12)
    assert stats["by_type"]["ASSAULT"] == 6
    sy = client.get("/api/stats?country=SY&type=ASSAULT").json()
    assert sy["events"] == 4 and sy["by_country"] == {"SY": 4}


@pytest.mark.parametrize("fmt, media", [("jsonl", "application/x-ndjson"),
                                        ("geojson", "application/geo+json"),
                                        ("csv", "text/csv"), ("parquet", "application/vnd.apache.parquet")])
def test_api_export_formats_follow_filters(client, fmt, media):
    response = client.get(f"/api/export.{fmt}?type=ASSAULT&country=SY")
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    body = response.content
    if fmt == "jsonl":
        n = sum(len(json.loads(line)["events"]) for line in body.decode().splitlines())
    elif fmt == "geojson":
        n = len(json.loads(body)["features"])
    elif fmt == "csv":
        n = len(list(csv.DictReader(io.StringIO(body.decode()))))
    else:
        n = pq.read_table(io.BytesIO(body)).num_rows
    assert n == 4


def test_api_openapi_lists_every_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/documents",
            "/api/places", "/api/stats", "/api/export.{fmt}"} <= set(paths)
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"type", "mode", "from", "to", "country", "admin1", "bbox", "actor", "q", "has_count",
            "limit", "cursor"} <= names


def test_api_page_and_security_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and 'id="map"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/vendor/leaflet.js").status_code == 200


def test_api_docs_cover_every_route_and_filter(client):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text("utf-8")
    paths = client.get("/openapi.json").json()["paths"]
    for path, methods in paths.items():
        shown = path.replace("{fmt}", "{jsonl,geojson,csv,parquet}").replace("{event_id}", "{id}")
        shown = shown.replace("{doc_id}", "{id}")
        for method in methods:
            assert f"### `{method.upper()} {shown}`" in doc, f"docs/api.md lacks {method} {path}"
    for param in paths["/api/events"]["get"]["parameters"]:
        assert f"`{param['name']}`" in doc, f"docs/api.md lacks the filter {param['name']}"
