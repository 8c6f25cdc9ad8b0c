"""Read articles from .txt, .html, .json/.jsonl files or stdin into `rasd.model.Article`s.

A single document that cannot be read raises InputError. A JSONL batch yields one
`InputItem` per non-blank line: either an Article or the error for that line, so
the caller can report the bad line and go on with the rest.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from rasd.errors import InputError, RasdError
from rasd.io.decode import DEFAULT_MAX_BYTES, check_article_text, decode_bytes
from rasd.model import Article

FORMATS = ("text", "html", "json", "jsonl")
EXTENSIONS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
              ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
LINE_ENDS = re.compile(r"\r\n|\r|\n")  # a line ends at \n, \r\n or \r (rasd.io.lines, rasd.io.stream)
_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


@dataclass
class InputItem:
    """One document of the input: an Article, or the error that kept it out."""

    line: int | None            # 1-based line of a JSONL batch; None for a single document
    article: Article | None
    error: RasdError | None = None


@dataclass
class Input:
    name: str                   # file name, or "<stdin>"
    format: str                 # one of FORMATS
    items: Iterable[InputItem]  # a list; an iterator for a streamed batch (rasd.io.stream)
    total: int | None = None    # the number of items when known without reading them

    @property
    def batch(self) -> bool:
        return self.format == "jsonl"


def read_input(source: str | Path, *, published: str | None = None, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None,
               stdin: BinaryIO | None = None, stdin_name: str = "<stdin>") -> Input:
    """Read `source` (a path, or "-" for stdin, named `stdin_name` in messages). Raises
    InputError for an unreadable single document."""
    if str(source) == "-":
        name, data = stdin_name, (stdin or sys.stdin.buffer).read()
    else:
        path = check_path(Path(source))
        name = str(path)
        fmt = fmt or EXTENSIONS.get(path.suffix.lower())
        if fmt != "jsonl" and path.stat().st_size > 4 * max_bytes + 4:  # 4 bytes/char at most
            raise InputError(f"input is too large: {path.stat().st_size:,} bytes "
                             f"(limit {max_bytes:,}; raise it with --max-bytes)", code="E004")
        try:
            data = path.read_bytes()
        except OSError as exc:  # unreadable (permissions, a device): one line, not a traceback
            raise InputError(f"cannot read {path}: {exc.strerror or exc}", code="E008") from None
    if not data.strip():
        raise InputError(f"input is empty: {name}", code="E001")
    text, _ = decode_bytes(data, encoding=encoding)
    if not text.strip():  # a byte-order mark alone, or spaces in UTF-16: named, as an empty file is
        raise InputError(f"input is empty: {name}", code="E001")
    fmt = fmt or sniff_format(text)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (one of {', '.join(FORMATS)})", code="E007")
    if fmt == "jsonl":
        items = list(iter_jsonl(text, published=published, max_bytes=max_bytes))
        return Input(name, fmt, items, total=len(items))
    if fmt == "json":
        article = _article_from_obj(load_json(text), published=published, max_bytes=max_bytes)
    elif fmt == "html":
        article = article_from_html(text, published=published, max_bytes=max_bytes)
    else:
        article = Article(text=check_article_text(text, max_bytes=max_bytes), published=published)
    return Input(name, fmt, [InputItem(None, article)], total=1)


def check_path(path: Path) -> Path:
    """The path of an input file, or E008: a directory, or nothing there."""
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a file (rasd ingest and rasd process "
                         "read directories)", code="E008")
    if not path.is_file():
        raise InputError(f"file not found: {path}", code="E008")
    return path


def sniff_format(text: str) -> str:
    """Guess the format of content with no telling file extension."""
    if _HTML_SNIFF.match(text):
        return "html"
    if text.lstrip().startswith("{"):
        try:
            json.loads(text)
            return "json"
        except json.JSONDecodeError:
            return "jsonl"
    return "text"


def iter_jsonl(text: str, *, published: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """One InputItem per non-blank line, errors included (nothing is dropped silently). Lines
    end at \\n, \\r\\n or \\r (which JSON never holds raw), not where splitlines also cuts: at
    U+2028, U+0085 and the like, which json.dumps(ensure_ascii=False) leaves raw in a string."""
    for lineno, line in enumerate(LINE_ENDS.split(text), 1):
        if not line.strip():
            continue
        try:
            obj = load_json(line)
            yield InputItem(lineno, _article_from_obj(obj, published=published, max_bytes=max_bytes))
        except RasdError as exc:
            yield InputItem(lineno, None, exc)


def load_json(text: str) -> dict:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"bad JSON: {exc.msg} (column {exc.colno})", code="E005") from None
    if not isinstance(obj, dict):
        hint = " (many articles are a .jsonl file, one object a line)" if isinstance(obj, list) else ""
        raise InputError(f"bad JSON: expected an object, got {type(obj).__name__}{hint}", code="E005")
    return obj


def article_from_obj(obj: dict, *, published: str | None = None,
                     max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """An Article from one JSON object, checked as a line of `rasd extract` or `rasd ingest`
    is: "text" missing (E006), empty (E001), not Arabic (E002), too large (E004); its date
    kept only when it is one."""
    return _article_from_obj(obj, published=published, max_bytes=max_bytes)


def _article_from_obj(obj: dict, *, published: str | None, max_bytes: int) -> Article:
    """An Article from a JSON object; its own date wins over the `published` fallback."""
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError('missing field "text" (a string)', code="E006")
    check_article_text(text, max_bytes=max_bytes)
    date = obj.get("published") or obj.get("date")
    doc_id = obj.get("id")
    return Article(text=text, id=str(doc_id) if doc_id is not None else None,
                   published=_iso_date(date) or published, title=_str(obj.get("title")),
                   outlet=_str(obj.get("outlet")), url=_str(obj.get("url")))


def article_from_html(html: str, *, published: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """The main text of a web page (trafilatura), with its title and date."""
    import trafilatura  # imported late: heavy, and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise InputError("no article text found in the HTML page", code="E001")
    title = _str(getattr(doc, "title", None))
    text = without_title_line(text, title)
    check_article_text(text, max_bytes=max_bytes)
    return Article(text=text, published=published or _iso_date(getattr(doc, "date", None)),
                   title=title, url=_str(getattr(doc, "url", None)),
                   outlet=_str(getattr(doc, "sitename", None)))


_SPACE = re.compile(r"\s+")
_TITLE_SEPARATORS = (" - ", " – ", " — ", " | ", " :: ", " « ", " » ")


def without_title_line(text: str, title: str | None) -> str:
    """The page text less its first line when that line is the page's title (the <h1> that
    trafilatura keeps): a headline has no full stop, so the text stage glued it to the first
    sentence and a headline's "مقتل ثلاثة في قصف على حلب" became an event's evidence. The title
    stays in doc.title, as the news-dev articles carry it (their text has no headline). The
    title may carry the site's name after a separator ("مقتل … حلب - موقع الأخبار"). The text
    left is what every span is measured against, so offsets stay honest."""
    if not title:
        return text
    first, sep, rest = text.lstrip().partition("\n")
    line, head = _SPACE.sub(" ", first).strip(), _SPACE.sub(" ", title).strip()
    if not sep or not rest.strip() or not line:
        return text  # a page that is its headline alone keeps it
    if line == head or any(head.startswith(line + s) or line.startswith(head + s)
                           for s in _TITLE_SEPARATORS):
        return rest.lstrip("\n")
    return text


def is_day(value) -> bool:
    """Is the value a day written YYYY-MM-DD that is on the calendar (not 2024-13-45)? The one
    check of a `published` anchor, whoever is given it (CLI, API, Python)."""
    if not (isinstance(value, str) and _DAY.fullmatch(value)):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value) -> str | None:
    """`YYYY-MM-DD` from a date string that starts with one on the calendar (2024-13-45: None)."""
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def _str(value) -> str | None:
    return str(value) if value not in (None, "") else None
