"""POST /api/documents is as strict as the query string: an unknown field is refused (a typo
such as "publised" was dropped, silently, and the relative dates went unanchored); an id with a
control character is refused (stored, it could never be fetched: paths refuse them); a text
holding a NUL (JSON "\\u0000") is E003 (PostgreSQL cannot store it; no article holds one)."""
from __future__ import annotations

import pytest

from rasd.errors import InputError
from rasd.io import check_article_text

ARABIC = "أعلنت نقابة المعلمين إضرابا مفتوحا في المدارس الحكومية بدءا من صباح الأحد المقبل."


def test_an_unknown_field_is_named(client, auth):
    before = client.get("/api/stats").json()["documents"]
    response = client.post("/api/documents", json={"text": ARABIC, "publised": "2024-02-12"}, headers=auth)
    body = response.json()
    assert response.status_code == 422 and body["code"] == "E043"
    assert body["error"].startswith("unknown field 'publised'")
    assert client.get("/api/stats").json()["documents"] == before


@pytest.mark.parametrize("doc_id", ["a\x00b", "line\nbreak", "tab\there"])
def test_an_id_with_a_control_character_is_refused(client, auth, doc_id):
    response = client.post("/api/documents", json={"text": ARABIC, "id": doc_id}, headers=auth)
    assert response.status_code == 422 and response.json()["code"] == "E043"
    assert "id: must not contain control characters" in response.json()["error"]


def test_a_text_with_a_nul_is_e003(client, auth):
    response = client.post("/api/documents", json={"text": ARABIC + "\x00"}, headers=auth)
    assert response.status_code == 422 and response.json()["code"] == "E003"
    with pytest.raises(InputError) as exc:
        check_article_text("\x00" + ARABIC)
    assert exc.value.code == "E003"


def test_the_plain_article_is_still_taken(client, auth):
    body = {"text": ARABIC, "id": "n-1", "published": "2024-02-12", "title": "إضراب", "outlet": "x",
            "url": "https://example.org/n-1"}
    assert client.post("/api/documents", json=body, headers=auth).status_code == 201


def test_a_document_whose_id_has_a_slash_can_be_read(client, auth):
    """An id such as "agency/2024/17" was stored, and GET /api/documents/agency/2024/17 was a
    404 (the route's id stopped at the first slash), %2F-encoded too: the document was
    unreachable."""
    text = "أعلنت الوكالة أن لجنة التحقيق ستنشر تقريرها النهائي الأسبوع المقبل."
    posted = client.post("/api/documents", json={"text": text, "id": "agency/2024/17"}, headers=auth)
    assert posted.status_code == 201 and posted.json()["id"] == "agency/2024/17"
    for url in ("/api/documents/agency/2024/17", "/api/documents/agency%2F2024%2F17"):
        got = client.get(url)
        assert got.status_code == 200 and got.json()["id"] == "agency/2024/17", url
        assert got.json()["text"] == text
    assert client.get("/api/documents/agency/2024").status_code == 404
