"""HEAD on a POST-only route is a 405 that names HEAD and carries Allow (HeadAsGet turns HEAD
into GET, and the message said 'method GET is not allowed'); a missing file under /static
is 'no such static file', not 'no such endpoint …; see /openapi.json'."""
from __future__ import annotations

import rasd.api.errors as errors


def test_head_on_a_post_only_route_names_head(client, monkeypatch):
    said = []
    real = errors.envelope

    def spy(message, **kwargs):  # HEAD has no body: the message is read where it is made
        said.append(message)
        return real(message, **kwargs)

    monkeypatch.setattr(errors, "envelope", spy)
    response = client.head("/api/documents")
    assert response.status_code == 405 and response.content == b""
    assert response.headers["allow"] == "POST"
    assert said == ["method HEAD is not allowed on /api/documents (allowed: POST)"]


def test_a_wrong_method_carries_allow(client):
    response = client.delete("/api/events")
    assert response.status_code == 405 and response.headers["allow"] == "GET"
    assert response.json()["error"] == "method DELETE is not allowed on /api/events (allowed: GET)"


def test_a_missing_static_file_is_said_to_be_one(client):
    response = client.get("/static/no-such-file.js")
    body = response.json()
    assert response.status_code == 404 and body["code"] == "E041"
    assert body["error"] == "no such static file: /static/no-such-file.js"


def test_a_missing_endpoint_still_points_at_openapi(client):
    body = client.get("/api/no-such-thing").json()
    assert body["error"] == "no such endpoint: /api/no-such-thing; see /openapi.json"
