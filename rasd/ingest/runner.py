"""Plan work items from inputs, then ingest them one by one (resumable, idempotent)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from itertools import chain
from typing import Callable, Iterable, Iterator

from rasd.errors import InputError, RasdError
from rasd.ingest import feeds
from rasd.model import Article, sha256_text

FILE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson")


class PathOutsideRoots(RasdError):
    code = "E052"


@dataclass
class Work:
    """One article to ingest: a stable key, and how to get the article (maybe over HTTP)."""

    key: str
    load: Callable[[], Article]
    label: str = ""


def _fixed(article: Article) -> Callable[[], Article]:
    return lambda: article


def _check_roots(path: Path, roots: list[Path] | None) -> None:
    if roots and not any(path == r or r in path.parents for r in roots):
        allowed = ", ".join(str(r) for r in roots)
        raise PathOutsideRoots(f"{path} is outside the allowed roots ({allowed}); add it with --roots")


def _file_entries(path: Path, max_bytes: int) -> tuple[int | None, Iterator]:
    """(how many entries, the entries) of one file, read as they are asked for: a JSONL file
    streams (rasd.io.open_input), so ingesting it holds one line, not the file."""
    from rasd.io import open_input

    try:
        data = open_input(path, max_bytes=max_bytes)
    except RasdError as exc:
        return 1, iter([(f"file:{path}", exc)])
    return data.total, _entries_of(path, data)  # no total for a pipe


def _entries_of(path: Path, data) -> Iterator:
    for item in data.items:
        where = f"file:{path}" + (f"#{item.line}" if item.line else "")
        if item.error is not None:
            yield where, item.error
            continue
        article = item.article
        if article.id is None and not data.batch:
            article.id = path.stem
        # The key carries the text's hash: an edited file is new work, an unchanged one is not.
        yield Work(f"{where}:{sha256_text(article.text)[:16]}", _fixed(article), str(path))


def _path_entries(path: Path, roots, max_bytes: int) -> list[tuple[int | None, Iterator]]:
    path = path.expanduser()
    if path.exists() and not path.is_dir() and not path.is_file():
        # a pipe (`rasd ingest <(zcat big.jsonl.gz)`): resolving it gives 'pipe:[…]', no path
        _check_roots(path.absolute(), roots)
        return [_file_entries(path, max_bytes)]
    path = path.resolve()
    _check_roots(path, roots)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
        return [_dir_file_entries(f, roots, max_bytes) for f in files]
    if not path.exists():
        raise InputError(f"file not found: {path}", code="E008")
    return [_file_entries(path, max_bytes)]


def _dir_file_entries(path: Path, roots, max_bytes: int) -> tuple[int | None, Iterator]:
    """A file found inside a directory: a symlink in a root may point outside every root,
    so each file is resolved and checked itself (E052), not just the directory."""
    try:
        _check_roots(path.resolve(), roots)
    except PathOutsideRoots as exc:
        return 1, iter([(f"file:{path}", exc)])
    return _file_entries(path.resolve(), max_bytes)


def _url_work(url: str, client, errors) -> list[Work]:
    response = feeds.fetch(client, url)
    if not feeds.looks_like_feed(response):
        entry = feeds.Entry(url, None, None)
        return [Work(f"url:{url}", lambda: feeds.fetch_article(client, entry, outlet=None), url)]
    outlet, entries = feeds.parse_feed(url, response.content)
    return [Work(f"url:{e.url}", _entry_loader(client, e, outlet), e.url) for e in entries]


def _entry_loader(client, entry, outlet) -> Callable[[], Article]:
    return lambda: feeds.fetch_article(client, entry, outlet=outlet)


def expand_lists(inputs: Iterable[str]) -> list[str]:
    """`@feeds.txt` stands for the inputs listed in that file, one a line (# comments).
    A list that cannot be read stays `@name`: `plan` reports it (E008) with the other
    failures, and the other inputs are still ingested."""
    out: list[str] = []
    for source in inputs:
        if not source.startswith("@"):
            out.append(source)
            continue
        path = Path(source[1:]).expanduser()
        try:
            lines = path.read_bytes().decode("utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            out.append(source)
            continue
        out.extend(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
    return out


def plan_entries(inputs: Iterable[str], *, roots: list[str] | None = None, client=None,
                 max_bytes: int | None = None) -> tuple[int | None, Iterator]:
    """(how many entries, the entries of every input in order): a Work for each article, or
    (input, error) for an input or line that gives none. Files are read as the entries are
    asked for; the count (a JSONL file's lines, read without parsing them; one for another
    file) is None when a pipe is among the inputs, which cannot be read twice."""
    from rasd.io import DEFAULT_MAX_BYTES

    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    root_paths = [Path(r).expanduser().resolve() for r in roots] if roots else None
    parts: list[tuple[int | None, Iterator]] = []
    for source in expand_lists(inputs):
        try:
            if source.startswith("@"):  # a list expand_lists could not read
                raise InputError(f"input list not found or not UTF-8 text: {source[1:]}", code="E008")
            if source.startswith(("http://", "https://")):
                errors: list[tuple[str, RasdError]] = []
                work = _url_work(source, client or feeds.make_client(), errors)
                parts.append((len(work) + len(errors), iter([*errors, *work])))
            else:
                parts.extend(_path_entries(Path(source), root_paths, max_bytes))
        except RasdError as exc:
            parts.append((1, iter([(source, exc)])))
    counts = [n for n, _ in parts]
    total = None if None in counts else sum(counts)
    return total, chain.from_iterable(entries for _, entries in parts)


def plan(inputs: Iterable[str], *, roots: list[str] | None = None, client=None,
         max_bytes: int | None = None) -> tuple[list[Work], list[tuple[str, RasdError]]]:
    """Work items for every input, and the (input, error) pairs that produced none (all
    read now; ingest_sources reads them as it goes)."""
    work: list[Work] = []
    errors: list[tuple[str, RasdError]] = []
    for entry in plan_entries(inputs, roots=roots, client=client, max_bytes=max_bytes)[1]:
        (work if isinstance(entry, Work) else errors).append(entry)
    return work, errors


def ingest_sources(rasd, inputs: Iterable[str], *, roots: list[str] | None = None, client=None,
                   on_plan: Callable[[int | None], None] | None = None,
                   on_item: Callable[[Work, str], None] | None = None,
                   max_bytes: int | None = None):
    """Ingest every input; returns an IngestReport. Failures are recorded, never raised.
    A JSONL file is read a line at a time, each article stored before the next is read.

    `max_bytes`: largest article accepted (UTF-8 bytes); default the Rasd's own limit.
    `on_plan(n)`: the number of entries (lines, pages, files) to come, None when a pipe
    cannot tell; `on_item(work, status)` after each, a failing one included (its work's
    loader is `_no_article`, never called).
    """
    from rasd.app import IngestReport

    max_bytes = max_bytes or getattr(rasd, "max_bytes", None)
    inputs = expand_lists(inputs)
    own_client = client is None and any(s.startswith(("http://", "https://")) for s in inputs)
    client = feeds.make_client() if own_client else client
    try:
        total, entries = plan_entries(inputs, roots=roots, client=client, max_bytes=max_bytes)
        report = IngestReport()
        if on_plan:
            on_plan(total)
        for entry in entries:
            if isinstance(entry, Work):
                status = rasd.ingest_item(entry.key, entry.load, report, label=entry.label,
                                          max_bytes=max_bytes)
            else:
                where, exc = entry
                entry = Work(where, _no_article, where)
                if done := rasd.store.processed_status(where):  # reported by an earlier run
                    status = report.skip(done)
                else:
                    rasd.fail(report, item=where, exc=exc)
                    status = f"failed {exc.code}"
            if on_item:
                on_item(entry, status)
        return report
    finally:
        if own_client:
            client.close()


def _no_article() -> Article:
    raise InputError("no article", code="E001")  # never called: the Work of a failed entry


def one_pass_inputs(inputs: list[str]) -> list[str]:
    """The inputs that can be read once only: stdin (`-`), a pipe (`<(zcat big.jsonl.gz)`),
    a device. A second round of `watch` found them spent (or blocked on them for ever)."""
    out = []
    for source in map(str, inputs):
        if source.startswith(("http://", "https://", "@")):
            continue
        path = Path(source).expanduser()
        if source == "-" or (path.exists() and not path.is_file() and not path.is_dir()):
            out.append(source)
    return out


def watch(rasd, inputs: list[str], *, interval: float = 60.0, rounds: int | None = None,
          on_round: Callable[[int, object], None] | None = None, **options) -> None:
    """Ingest `inputs` every `interval` seconds (forever, or `rounds` times). A pipe or
    stdin among them is refused (E009): it cannot be polled."""
    spent = one_pass_inputs(inputs)
    if spent:
        raise InputError(f"{spent[0]} is a pipe or stdin, read once: it cannot be watched "
                         "(ingest it without --watch, or watch a file or directory)", code="E009")
    n = 0
    while rounds is None or n < rounds:
        report = ingest_sources(rasd, inputs, **options)
        n += 1
        if on_round:
            on_round(n, report)
        if rounds is None or n < rounds:
            time.sleep(interval)
