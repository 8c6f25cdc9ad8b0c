"""Query values are strict, and every refusal is one shape: 400 E043 naming the parameter and
what it accepts. `has_count=yes` and `limit=100.0` were taken (pydantic's lax parsing), and an
empty value meant three things: `?type=` no filter, `?bbox=` a 400, `?has_count=` a 422."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("url, name, accepts", [
    ("/api/events?type=", "type", "ASSAULT"),
    ("/api/events?bbox=", "bbox", "west,south,east,north"),
    ("/api/events?has_count=", "has_count", "true or false"),
    ("/api/stats?country=", "country", "alpha-2"),
    ("/api/export.csv?q=", "q", "non-empty"),
    ("/api/events?cursor=", "cursor", "next_cursor"),
    ("/api/events?has_count=yes", "has_count", "true or false"),
    ("/api/events?has_count=1", "has_count", "true or false"),
    ("/api/stats?has_count=on", "has_count", "true or false"),
    ("/api/events?has_count=True", "has_count", "true or false"),
    ("/api/events?limit=100.0", "limit", "whole number 1–500"),
    ("/api/events?limit=1e2", "limit", "whole number 1–500"),
    ("/api/events?limit=+5", "limit", "whole number 1–500"),
    ("/api/events?limit=0", "limit", "whole number 1–500"),
    ("/api/events?limit=501", "limit", "whole number 1–500"),
])
def test_a_value_outside_what_a_parameter_takes_is_a_named_400(client, url, name, accepts):
    response = client.get(url)
    body = response.json()
    assert response.status_code == 400 and body["code"] == "E043" and body["status"] == 400
    assert f"query parameter {name!r}" in body["error"] and accepts in body["error"]


@pytest.mark.parametrize("query", ["has_count=true", "has_count=false", "limit=1", "limit=500",
                                   "limit=050", "type=assault"])
def test_the_plain_values_still_answer(client, query):
    assert client.get(f"/api/events?{query}").status_code == 200


@pytest.mark.parametrize("url, says", [
    ("/api/events?country=SYR", "country must be an ISO 3166-1 alpha-2 code such as SY, not 'SYR'"),
    ("/api/stats?country=Syria", "alpha-2"),
    ("/api/events?from=2024-02&to=2024-01", "from 2024-02 is after to 2024-01"),
    ("/api/export.csv?from=2024-03-02&to=2024-03-01", "is after to"),
])
def test_a_filter_that_can_match_nothing_by_its_form_is_refused(client, url, says):
    """A three-letter code or a reversed date range matched nothing, silently: an empty map
    that looked like no events."""
    response = client.get(url)
    assert response.status_code == 400 and response.json()["code"] == "E043"
    assert says in response.json()["error"]


@pytest.mark.parametrize("query", ["from=2024-02-15&to=2024-02", "from=2024&to=2024-01-01",
                                   "from=2024-02&to=2024-02-29", "from=2024&to=9999-12", "country=sy"])
def test_ranges_that_overlap_and_two_letter_codes_answer(client, query):
    assert client.get(f"/api/events?{query}").status_code == 200


def test_a_wrong_method_says_which_and_what_would_do(client):
    response = client.delete("/api/events")
    body = response.json()
    assert response.status_code == 405 and body["code"] == "E044"
    assert body["error"] == "method DELETE is not allowed on /api/events (allowed: GET)"
