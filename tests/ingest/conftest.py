"""Ingest fixtures: a real HTTP server on 127.0.0.1 (http.server in a thread) serving an
RSS feed, article pages, a broken feed and a 404; and a Rasd with a text-only pipeline."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasd.app import Rasd
from rasd.samples import sample_articles
from rasd.store import open_store

TEXT_ONLY = '[pipeline]\nstages = ["text"]\n'


def page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}'
            f'</title></head><body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>{title}</h1>'
            f"{paragraphs}</article><footer>جميع الحقوق محفوظة</footer></body></html>").encode()


ENGLISH = ("Thousands of people gathered in the main square on Saturday to demand jobs and better "
           "services, witnesses said. Police used tear gas to disperse the crowd, and at least "
           "twenty protesters were treated for breathing problems, according to medical sources.")


def rss(base: str, items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{base}{path}</link><pubDate>{date}</pubDate></item>"
                   for path, t, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>وكالة الاختبار</title><link>{base}/</link><description>test</description>"
            f"{body}</channel></rss>").encode()


class Site:
    """What the server answers: path -> (status, content type, body); hits counted per path."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.gates: dict[str, threading.Event] = {}
        self.base = ""


@pytest.fixture
def site():
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            site.hits[self.path] = site.hits.get(self.path, 0) + 1
            gate = site.gates.get(self.path)
            if gate is not None:
                gate.wait(timeout=30)  # hold this page until the test opens the gate
            status, kind, body = site.routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    arts = sample_articles()
    items = [(f"/news/{a['id']}.html", a["title"], "Sun, 03 Mar 2024 10:00:00 GMT") for a in arts[:3]]
    items += [("/news/missing.html", "صفحة محذوفة", "Sun, 03 Mar 2024 11:00:00 GMT"),
              ("/news/english.html", "English story", "Sun, 03 Mar 2024 12:00:00 GMT")]
    for a in arts[:3]:
        site.routes[f"/news/{a['id']}.html"] = (200, "text/html; charset=utf-8", page(a["title"], a["text"]))
    site.routes["/extra.html"] = (200, "text/html; charset=utf-8", page(arts[3]["title"], arts[3]["text"]))
    site.routes["/news/english.html"] = (200, "text/html; charset=utf-8", page("Protest", ENGLISH))
    site.routes["/feed.xml"] = (200, "application/rss+xml", rss(site.base, items))
    site.routes["/broken.xml"] = (200, "application/rss+xml", b"<<< this is { not a feed")
    site.routes["/down.xml"] = (503, "text/plain", b"maintenance")
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def rasd(tmp_path):
    from rasd import load_pipeline

    app = Rasd(open_store(str(tmp_path / "ingest.db")), load_pipeline(TEXT_ONLY))
    yield app
    app.close()
