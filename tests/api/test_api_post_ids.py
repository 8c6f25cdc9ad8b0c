"""POST /api/documents refuses an id that GET could never reach: `.` and `..` (and such a
segment of a slashed id) are removed by URL normalisation before a request is sent, and a %XX
escape is decoded by the server; they were stored (201) and then answered 404 or 405. Ids with
slashes, spaces, a lone % or Arabic letters are still taken, and reachable."""
from __future__ import annotations

from urllib.parse import quote

import pytest

ARABIC = "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي بمساحة خمسة آلاف متر مربع"


@pytest.mark.parametrize("doc_id", [".", "..", "%2F", "a/../b", "news/./7", "a%20b", "x%2e"])
def test_an_unreachable_id_is_refused(client, auth, doc_id):
    before = client.get("/api/stats").json()["documents"]
    response = client.post("/api/documents", json={"text": ARABIC + ".", "id": doc_id}, headers=auth)
    body = response.json()
    assert response.status_code == 422 and body["code"] == "E043", body
    assert body["error"].startswith("id: must not")
    assert client.get("/api/stats").json()["documents"] == before


@pytest.mark.parametrize("n, doc_id", list(enumerate(["agency/2024/17", "a b", "100%", "خبر-1", "v1.2", "..."])))
def test_a_usable_id_is_taken_and_reachable(client, auth, n, doc_id):
    text = ARABIC + " وقال المسؤول" * (n + 1) + "."
    response = client.post("/api/documents", json={"text": text, "id": doc_id}, headers=auth)
    assert response.status_code == 201, response.json()
    got = client.get("/api/documents/" + quote(doc_id, safe="/"))
    assert got.status_code == 200 and got.json()["id"] == doc_id
