"""GET /api/events answered before FastAPI's routing (rasd.api.fast): same pages, same errors,
same headers as the FastAPI route, and a page cache that a write invalidates."""
from __future__ import annotations

import pytest

from rasd.api.fast import PageCache, fast_kwargs
from rasd.samples import sample_articles, sample_records
from rasd.store import EventQuery


@pytest.mark.parametrize("params", [{}, {"type": "ASSAULT"}, {"country": "SY", "limit": "2"},
                                    {"has_count": "true"}, {"q": "حلب"}, {"from": "2024-01"}])
def test_fast_pages_equal_the_routed_pages(client, params):
    fast = client.get("/api/events", params=params)
    # A limit written with a leading zero is not the fast path's to judge: FastAPI's route
    # answers it (the same limit). An empty or unknown parameter is refused (test_api_errors).
    routed = client.get("/api/events", params={**params, "limit": "0" + params.get("limit", "100")})
    assert fast.status_code == routed.status_code == 200
    assert fast.content == routed.content
    for name in ("content-type", "content-security-policy", "x-content-type-options"):
        assert fast.headers[name] == routed.headers[name]


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "limit=abc", "has_count=maybe",
                                   "type=NOPE", "from=yesterday", "bbox=1,2", "cursor=%%%",
                                   "q=a%00b"])
def test_bad_values_get_the_same_envelope_as_before(client, query):
    response = client.get(f"/api/events?{query}")
    body = response.json()
    assert response.status_code in (400, 422)
    assert body["ok"] is False and body["code"] == "E043" and body["status"] == response.status_code
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_write_invalidates_cached_pages(client, auth):
    before = client.get("/api/events", params={"limit": "500"}).json()
    assert client.get("/api/events", params={"limit": "500"}).json() == before  # served cached
    record = next(r for r in sample_records() if r["events"])
    text = next(a["text"] for a in sample_articles() if a["id"] == record["doc"]["id"]) + " (نسخة)"
    new = dict(record, doc={k: v for k, v in record["doc"].items() if k != "sha256"})
    new["doc"]["id"] = "fresh-copy"
    assert client.post("/api/documents", headers=auth, json={"text": text, "record": new}).status_code == 201
    after = client.get("/api/events", params={"limit": "500"}).json()
    assert len(after["items"]) == len(before["items"]) + len(record["events"])
    assert any(item["doc_id"] == "fresh-copy" for item in after["items"])


def test_fast_kwargs_takes_only_what_it_parses_exactly_as_fastapi():
    assert fast_kwargs(b"type=ASSAULT&from=2024-01&limit=20&has_count=false") == {
        "type": "ASSAULT", "date_from": "2024-01", "limit": 20, "has_count": False}
    for unsure in (b"limit=020", b"limit=1.0", b"has_count=True", b"has_count=1", b"type=",
                   b"type=A&type=B", b"from=2024&from=2023", b"extra=1", b"limit=600"):
        assert fast_kwargs(unsure) is None, unsure
    EventQuery(**fast_kwargs(b"q=%D8%AD%D9%84%D8%A8"))  # percent-decoded like FastAPI


def test_page_cache_keys_on_the_data_version_and_stays_bounded():
    cache = PageCache(size=2)
    cache.put(b"a", 1, b"A1")
    assert cache.get(b"a", 1) == b"A1"
    assert cache.get(b"a", 2) is None  # the store changed since
    cache.put(b"b", 1, b"B")
    cache.put(b"c", 1, b"C")
    assert cache.get(b"a", 1) is None and cache.get(b"c", 1) == b"C"  # least recent dropped
    cache.put(b"d", None, b"D")  # a store that cannot tell its version is never cached
    assert cache.get(b"d", None) is None


def test_page_cache_stays_within_its_byte_budget():
    cache = PageCache(size=100, max_bytes=10)
    cache.put(b"a", 1, b"12345")
    cache.put(b"b", 1, b"12345")
    cache.put(b"a", 2, b"1234")  # replacing a page counts its new size only: 9 bytes
    cache.put(b"c", 1, b"123")  # 12 bytes: the least recently used page (b) goes
    assert cache.get(b"b", 1) is None
    assert cache.get(b"a", 2) == b"1234" and cache.get(b"c", 1) == b"123"
    cache.put(b"big", 1, b"x" * 11)  # larger than the whole budget: never cached
    assert cache.get(b"big", 1) is None and cache.get(b"c", 1) == b"123"
