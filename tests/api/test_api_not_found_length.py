"""A 404 names what was asked for, cut to a sane length: a 10,000-character id or path was
repeated whole in the message. A short id is still named as it was."""
from __future__ import annotations

import pytest

from rasd.errors import SHOWN, shown


def test_shown_cuts_a_long_value_and_keeps_a_short_one():
    assert shown("خبر-7") == repr("خبر-7")
    long = "ح" * 5000
    text = shown(long)
    assert len(text) < SHOWN + 40 and text.endswith("… (5,000 characters)")


@pytest.mark.parametrize("route, what", [("/api/documents/", "document"), ("/api/events/", "event")])
def test_a_404_for_a_long_id_is_short(client, route, what):
    response = client.get(route + "x" * 10_000)
    body = response.json()
    assert response.status_code == 404 and body["code"] == "E041"
    assert body["error"].startswith(f"{what} 'xxx") and len(body["error"]) < 250


def test_a_404_for_a_short_id_names_it_whole(client):
    body = client.get("/api/documents/no-such-doc").json()
    assert body["error"] == "document 'no-such-doc' not found"


def test_a_404_for_a_long_path_is_short(client):
    body = client.get("/api/nothing/" + "y" * 10_000).json()
    assert body["code"] == "E041" and body["error"].startswith("no such endpoint: '/api/nothing/yy")
    assert len(body["error"]) < 250
    assert client.get("/api/nope").json()["error"] == "no such endpoint: /api/nope; see /openapi.json"
