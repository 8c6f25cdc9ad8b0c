"""Security of what is served: article text never reaches HTML unescaped, and
`rasd serve` binds 127.0.0.1 unless told otherwise."""
from __future__ import annotations

import json
import warnings
from importlib import resources

import pytest

from rasd.api.app import create_app
from rasd.app import Rasd
from rasd.bench.corpus import annotated
from rasd.model import sha256_text
from rasd.store import open_store

with warnings.catch_warnings():  # starlette's notice about its httpx-based test client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token"

# -- escaped article text ------------------------------------------------------------------

MARKUP = ('<script>alert("rasd")</script>', '<img src=x onerror="alert(1)">',
          "</textarea><svg onload=alert(2)>")


def test_served_html_never_carries_raw_article_text(tmp_path):
    app = Rasd(open_store(str(tmp_path / "xss.db")))
    item, record = annotated(1, seed=9)[0]
    text = item["text"] + " " + " ".join(MARKUP)
    record = json.loads(json.dumps(record))
    record["doc"].update(title=MARKUP[0], outlet=MARKUP[1], sha256=sha256_text(text))
    try:
        doc_id, _ = app.ingest_record(record, text)
        client = TestClient(create_app(app, token=TOKEN), raise_server_exceptions=False)
        event_id = client.get("/api/events").json()["items"][0]["id"]
        html_routes = ["/", "/docs", "/redoc", "/index.html", f"/events/{event_id}",
                       f"/documents/{doc_id}", "/static/index.html"]
        seen_html = 0
        for path in html_routes:
            response = client.get(path)
            if "html" in response.headers.get("content-type", ""):
                seen_html += 1
                for raw in MARKUP + (item["text"][:40],):
                    assert raw not in response.text, f"raw article text in {path}"
        assert seen_html >= 1
        # JSON carries the text as data: JSON-typed, never sniffed as HTML.
        for path in (f"/api/events/{event_id}", f"/api/documents/{doc_id}", "/api/events"):
            response = client.get(path)
            assert response.headers["content-type"].startswith("application/json")
            assert response.headers["x-content-type-options"] == "nosniff"
            assert "script-src 'self'" in response.headers["content-security-policy"]
        assert client.get(f"/api/documents/{doc_id}").json()["text"] == text  # data, unaltered
    finally:
        app.close()


def test_page_scripts_never_write_html_from_data():
    static = resources.files("rasd.web").joinpath("static")
    scripts = [p for p in static.iterdir() if p.name.endswith(".js")]
    assert scripts
    for script in scripts:
        code = script.read_text("utf-8")
        for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{script.name} uses {sink}"
    index = static.joinpath("index.html").read_text("utf-8")
    assert "<script>" not in index.replace(" ", ""), "inline scripts would defeat the CSP"


# -- the server binds 127.0.0.1 by default -------------------------------------------------

def _free_port() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


@pytest.mark.parametrize("argv", (["serve", "--create"], ["demo", "--annotated"]))
def test_serve_binds_localhost_by_default(argv, tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from rasd.cli.main import app as cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    argv = argv + ["--port", _free_port()]  # the port is checked free before serving
    result = CliRunner().invoke(cli, argv + ["--db", str(tmp_path / "serve.db")])
    assert result.exit_code == 0, result.output
    assert [c["host"] for c in calls] == ["127.0.0.1"]
    calls.clear()
    result = CliRunner().invoke(cli, argv + ["--db", str(tmp_path / "serve.db"), "--host", "0.0.0.0"])
    assert [c["host"] for c in calls] == ["0.0.0.0"]
