"""RSS/Atom over HTTP: fetch a feed (httpx), parse it (feedparser), fetch and extract
each article page (trafilatura via rasd.io.article_from_html)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx

from rasd.errors import InputError, RasdError
from rasd.io import article_from_html, decode_bytes
from rasd.model import Article

USER_AGENT = "rasd/0.1 (+https://github.com/rasd)"
TIMEOUT = 15.0


class FetchError(RasdError):
    code = "E050"


class FeedError(RasdError):
    code = "E051"


@dataclass
class Entry:
    url: str
    title: str | None
    published: str | None


def make_client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def fetch(client: httpx.Client, url: str) -> httpx.Response:
    try:
        response = client.get(url)
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {type(exc).__name__}: {exc}") from None
    if response.status_code >= 400:
        raise FetchError(f"could not fetch {url}: HTTP {response.status_code}")
    return response


def looks_like_feed(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml"):
        return True
    head = response.content[:512].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")


def parse_feed(url: str, content: bytes) -> tuple[str | None, list[Entry]]:
    """(feed title, entries). Raises FeedError for content that is not a usable feed."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", "unknown error")
        raise FeedError(f"bad feed {url}: {reason}")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"bad feed {url}: no RSS/Atom entries found")
    entries = []
    for item in parsed.entries:
        # A relative link is the feed's; an entry with no web link (feedparser falls back on
        # an Atom id such as urn:uuid:…) has no page to fetch: it is skipped, not retried as
        # a failing fetch on every run.
        link = urljoin(url, item.get("link") or "")
        if urlsplit(link).scheme not in ("http", "https") or link == url:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(Entry(link, item.get("title"), time.strftime("%Y-%m-%d", stamp) if stamp else None))
    return parsed.feed.get("title"), entries


def fetch_article(client: httpx.Client, entry: Entry, *, outlet: str | None) -> Article:
    """Fetch one article page and extract its text; feed metadata wins over the page's."""
    response = fetch(client, entry.url)
    html, _ = decode_bytes(response.content)
    try:
        page = article_from_html(html)
    except InputError as exc:
        raise InputError(f"{entry.url}: {exc.message}", code=exc.code) from None
    return Article(text=page.text, id=None, published=entry.published or page.published,
                   title=entry.title or page.title, outlet=outlet or page.outlet, url=entry.url)
