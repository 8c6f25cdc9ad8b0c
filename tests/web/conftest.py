"""Browser fixtures: the real app served by uvicorn on 127.0.0.1 and headless Chromium.

Chromium comes from the Debian package (/usr/bin/chromium) and is driven by Playwright
without `playwright install`. Locally a missing browser skips these tests; under CI
(CI=true) it fails them, so CI never hides the browser checks.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from rasd.api.app import create_app
from rasd.app import Rasd
from rasd.samples import annotate, sample_articles, sample_records
from rasd.store import open_store

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

# An article whose text and title carry markup: the page must show it as text, inertly.
XSS_TEXT = ('الموصل - قال ناشطون إن مسلحين مجهولين أطلقوا النار على متظاهرين يوم الجمعة '
            '<script>window.__xss = 1</script> وكتب أحدهم على لافتة '
            '<img src=x onerror="window.__xss = 2"> وأصيب أربعة أشخاص بجروح.')
XSS_ARTICLE = {"id": "xss-1", "published": "2024-03-02", "outlet": "<b>موقع</b>",
               "title": "<script>window.__xss = 3</script>تظاهرة في الموصل",
               "url": "javascript:window.__xss=4", "text": XSS_TEXT}
XSS_EVENTS = [{"type": "ASSAULT", "mode": "shooting", "trigger": "أطلقوا النار", "place": "mosul",
               "geo_precision": 1, "date": "2024-03-01", "time_precision": "day", "time": "يوم الجمعة",
               "counts": {"injured": [4, "exact", "أربعة أشخاص"]}, "source": "ناشطون",
               "actors": [["مسلحين مجهولين", "IRQUAF"]], "targets": [["متظاهرين", "IRQCVL"]]}]
MOSUL = {"mosul": {"name": "الموصل", "name_en": "Mosul", "lat": 36.34, "lon": 43.13,
                   "country": "IQ", "admin1": "Nineveh", "admin2": None, "feature": "city"}}


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _missing(why: str):
    if _in_ci():
        pytest.fail(f"browser tests cannot run under CI: {why}")
    pytest.skip(why)


# Module scope, not session: sync_playwright keeps an asyncio loop running in the main
# thread until it exits, and later tests that call asyncio.run() (tests/robustness) fail.
@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (.venv/bin/pip install playwright)")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(f"chromium not found at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    import uvicorn

    rasd = Rasd(open_store(str(tmp_path_factory.mktemp("web") / "web.db")))
    texts = {a["id"]: a["text"] for a in sample_articles()}
    for record in sample_records():
        rasd.ingest_record(record, texts[record["doc"]["id"]])
    rasd.ingest_record(annotate(XSS_ARTICLE, XSS_EVENTS, MOSUL), XSS_TEXT)
    port = _free_port()
    config = uvicorn.Config(create_app(rasd, token=""), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)
    rasd.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 860}, locale="ar")
    page = context.new_page()
    page.errors = []
    page.requests = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(server + "/")
    page.wait_for_selector(".ev-item")
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
