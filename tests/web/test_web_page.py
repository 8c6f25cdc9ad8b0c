"""The map page in headless Chromium: markers, filters, the event panel, inert article text."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

DOCS_IMG = os.environ.get("RASD_DOCS_IMG")  # set to docs/img to refresh the user guide's pictures
DOCS_PICTURES = {"map.png", "filtered.png", "event.png"}


def shot(page, artifacts: Path, name: str) -> None:
    path = artifacts / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    if DOCS_IMG and name in DOCS_PICTURES:
        shutil.copy(path, Path(DOCS_IMG) / name)


def list_types(page) -> list[str]:
    return page.eval_on_selector_all(".ev-item", "els => els.map(e => e.dataset.type)")


def wait_count(page, n: int) -> None:
    from playwright.sync_api import expect  # the browser fixture has checked it is installed

    expect(page.locator(".ev-item")).to_have_count(n)  # no wait_for_function: the CSP forbids eval


def test_web_shows_markers_and_list(page, artifacts):
    assert page.locator(".ev-item").count() == 13
    markers = page.locator(".ev-marker").count()
    clusters = page.locator(".marker-cluster").count()
    assert markers >= 3 and markers + clusters >= 5
    colours = page.eval_on_selector_all(".ev-marker", "els => els.map(e => e.style.background)")
    assert all(colours) and len(set(colours)) >= 2  # coloured by type
    assert page.locator("#legend .legend-item").count() == 6
    shot(page, artifacts, "map.png")
    assert page.errors == []
    # Everything the page loads comes from the rasd server itself: no CDN, no tiles.
    origin = page.url.rstrip("/")
    assert page.requests and all(url.startswith(origin) or url.startswith("data:")
                                 for url in page.requests)
    assert any(url.endswith("/static/vendor/basemap.json") for url in page.requests)


def test_web_filter_by_type_and_date(page, artifacts):
    page.select_option("#f-type", "DISPLACE")
    wait_count(page, 2)
    assert set(list_types(page)) == {"DISPLACE"}
    assert page.locator(".ev-marker").count() == 2
    page.click("#reset-filters")
    wait_count(page, 13)
    page.fill("#f-from", "2024-03-01")
    page.fill("#f-to", "2024-03-10")
    page.click("#apply")
    wait_count(page, 4)
    dates = page.eval_on_selector_all(".ev-item .date", "els => els.map(e => e.textContent)")
    assert all("2024-03-01" <= d <= "2024-03-10" for d in dates)
    href = page.get_attribute('#exports a[data-fmt="csv"]', "href")
    assert "from=2024-03-01" in href and "to=2024-03-10" in href
    shot(page, artifacts, "filtered.png")


def test_web_timeline_brush_sets_dates(page):
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=5)
    page.mouse.up()
    from playwright.sync_api import expect

    expect(page.locator("#f-from")).not_to_have_value("")
    start, end = page.input_value("#f-from"), page.input_value("#f-to")
    assert "2024-01-22" < start <= end <= "2024-03-19"
    page.wait_for_timeout(500)
    dates = page.eval_on_selector_all(".ev-item .date", "els => els.map(e => e.textContent)")
    assert dates and all(start <= d <= end for d in dates if d[:1].isdigit())


def test_web_event_panel_highlights_evidence(page, artifacts):
    page.fill("#f-q", "سراقب")
    page.click("#apply")
    wait_count(page, 2)
    page.locator(".ev-item", has_text="سراقب").first.click()
    page.wait_for_selector("#ev-article mark.ev-trigger")
    trigger = page.inner_text("#ev-article mark.ev-trigger")
    assert trigger in ("قصف مدفعي", "قصف صاروخي")
    sentence = page.eval_on_selector_all(".ev-sentence", "els => els.map(e => e.textContent).join('')")
    assert trigger in sentence and "سراقب" in sentence
    assert page.locator("#ev-article mark.ev-source").count() == 1
    assert page.locator("#ev-article").get_attribute("dir") == "rtl"
    rows = page.eval_on_selector_all("#ev-conflicts tr", "els => els.map(e => e.textContent)")
    assert len(rows) == 4 and any("المرصد السوري لحقوق الإنسان" in r for r in rows)
    assert page.locator("#ev-sources li").count() == 2
    shot(page, artifacts, "event.png")


def test_web_article_markup_is_inert(page, artifacts):
    page.fill("#f-q", "الموصل")
    page.click("#apply")
    wait_count(page, 1)
    page.locator(".ev-item").first.click()
    page.wait_for_selector("#ev-article mark.ev-trigger")
    article = page.locator("#ev-article")
    assert "<script>window.__xss = 1</script>" in article.text_content()
    assert '<img src=x onerror="window.__xss = 2">' in article.text_content()
    assert article.locator("script, img").count() == 0
    sources = page.locator("#ev-sources")
    assert "<script>" in sources.text_content() and sources.locator("a, script").count() == 0
    page.wait_for_timeout(300)  # give an injected handler time to fire, if one existed
    assert page.evaluate("window.__xss === undefined")
    assert page.errors == []
    shot(page, artifacts, "inert.png")


def test_web_english_labels(page):
    assert page.inner_text("#apply") == "تطبيق"
    page.click("#lang")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.inner_text("#apply") == "Apply"
    assert "Displacement" in page.inner_text("#legend")


def test_web_click_marker_opens_event(page):
    marker = page.locator('.ev-marker[data-type="PROTEST"]')
    marker.click()
    page.wait_for_selector("#ev-article mark.ev-trigger")
    assert page.inner_text("#ev-article mark.ev-trigger") == "تظاهر"
    assert "بغداد" in page.inner_text("#ev-facts")
    assert page.locator(".ev-item.selected").get_attribute("data-type") == "PROTEST"


def test_web_deep_link_to_a_missing_event_says_so(page, server):
    """`/?event=ID` for an event not in the store left a rejected promise unhandled: no panel,
    no message, a page error. The panel now shows the API's message."""
    page.goto(server + "/?event=nope-v1")
    page.wait_for_selector("#panel:not([hidden])")
    assert "not found" in page.inner_text("#ev-title")
    assert page.inner_text("#ev-facts") == "" and page.errors == []
