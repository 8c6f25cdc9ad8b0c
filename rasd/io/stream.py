"""A JSONL batch read one line at a time: memory is bounded by one line, not by the file.

`read_input` decodes a whole file before its first line is parsed, so a 5 GB batch needed
5 GB (and more, as text) before any work. `open_input` gives the same `Input`, with
`items` an iterator that reads, decodes and checks one line when it is asked for the next,
and `total`, the number of non-blank lines (one cheap pass over the bytes, no parsing),
for a progress bar. Single documents (.txt, .html, .json) are read whole as before: they
are one article, bounded by --max-bytes.

The encoding is decided from the head of the input by the same rules as `decode_bytes`
(a BOM, UTF-8, Windows-1256 when mostly Arabic, a guess); each line is then decoded by
itself. A line that does not decode is that line's error (E003), and the rest goes on,
where a whole-file decode failed the whole batch. A line longer than any article can be
(4 bytes a character over --max-bytes) is skipped unread with E004, never held.
"""
from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from rasd.errors import InputError, RasdError
from rasd.io.decode import BOMS, DEFAULT_MAX_BYTES, decode_bytes
from rasd.io.lines import CHUNK as _CHUNK, HEAD, TEXT_CHUNK, ascii_lines, line_limit, numbered_lines
from rasd.io.read import (EXTENSIONS, LINE_ENDS, Input, InputItem, article_from_obj, check_path, load_json,
                          read_input)



def open_input(source: str | Path, *, published: str | None = None, encoding: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None,
               stdin: BinaryIO | None = None, stdin_name: str = "<stdin>") -> Input:
    """As `read_input`, but a JSONL batch streams: `items` is an iterator, `total` its size
    (None for stdin, which cannot be read twice)."""
    limit = line_limit(max_bytes)
    if str(source) == "-":
        stream = stdin or sys.stdin.buffer
        head = _head(stream, limit)
        if not _is_jsonl(head, fmt, encoding):
            return read_input("-", published=published, encoding=encoding, max_bytes=max_bytes, fmt=fmt,
                              stdin=_Chain(head, stream), stdin_name=stdin_name)
        enc = _encoding(head, encoding)
        items = _items(_Chain(head, stream), enc, published, max_bytes, limit)
        return Input(stdin_name, "jsonl", items, total=None)
    path = Path(source)
    if path.exists() and not path.is_dir() and not path.is_file():
        # a pipe (`rasd extract <(zcat big.jsonl.gz)`, /dev/stdin) or a device: one pass
        # only, read as stdin is; it was "file not found"
        return _one_pass(path, published=published, encoding=encoding, max_bytes=max_bytes,
                         fmt=fmt or EXTENSIONS.get(path.suffix.lower()))
    path = check_path(path)
    fmt = fmt or EXTENSIONS.get(path.suffix.lower())
    if fmt not in (None, "jsonl"):
        return read_input(path, published=published, encoding=encoding, max_bytes=max_bytes, fmt=fmt)
    with _open(path) as fh:
        head = _head(fh, limit)
    if not _is_jsonl(head, fmt, encoding):
        return read_input(path, published=published, encoding=encoding, max_bytes=max_bytes, fmt=fmt)
    enc = _encoding(head, encoding)
    return Input(str(path), "jsonl", _file_items(path, enc, published, max_bytes, limit),
                 total=count_lines(path, enc))


def _one_pass(path: Path, **options) -> Input:
    fh = _open(path)
    try:
        inp = open_input("-", stdin=fh, stdin_name=str(path), **options)
    except BaseException:
        fh.close()
        raise
    if inp.batch:
        inp.items = _closing(inp.items, fh)
    else:
        fh.close()
    return inp


def _closing(items: Iterator[InputItem], fh: BinaryIO) -> Iterator[InputItem]:
    with fh:
        yield from items


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:  # unreadable (permissions, a device): one line, not a traceback
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", code="E008") from None


def _head(stream: BinaryIO, limit: int) -> bytes:
    """The first HEAD bytes and the rest of their last line (at most `limit` more)."""
    head = stream.read(HEAD)
    if len(head) == HEAD and not head.endswith(b"\n"):
        head += stream.readline(limit)
    return head


def _is_jsonl(head: bytes, fmt: str | None, encoding: str | None) -> bool:
    """JSONL by its extension (or --format), else as `sniff_format` decides on the whole
    text: a first line that is a JSON object with more after it (two JSON values: no
    single .json document). Anything else is read whole, as before."""
    if fmt is not None:
        return fmt == "jsonl"
    if not head.strip():
        return False  # empty: read_input says so (E001)
    try:
        text, _ = decode_bytes(head, encoding=encoding)
    except InputError:
        return False  # read_input reports it for the whole input
    first, *rest = LINE_ENDS.split(text.lstrip(), 1)  # \n, \r\n or \r, as the lines are read
    if not first.startswith("{"):
        return False
    try:
        json.loads(first)
    except json.JSONDecodeError:
        return False
    return bool(rest and rest[0].strip())


def _encoding(head: bytes, encoding: str | None) -> str:
    """The encoding of every line, chosen from the head as `decode_bytes` chooses it."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", code="E003") from None
        if name in ("utf-16", "utf-32") and not any(head.startswith(b) for b, e in BOMS if e == name):
            # Read line by line, these codecs demand a BOM ("UTF-16 stream does not start with
            # BOM", an E000); a whole document without one is read little-endian
            # (bytes.decode), so the lines are too.
            return f"{name}-le"
        return encoding
    for bom, enc in BOMS:  # before decoding: the head may end inside a UTF-16 character
        if head.startswith(bom):
            return enc
    if not head.strip():
        raise InputError("input is empty", code="E001")
    _, enc = decode_bytes(head)  # raises E003 for a binary head
    return "utf-8" if enc.startswith("utf-8 (") else enc


def _items(stream: BinaryIO, enc: str, published: str | None, max_bytes: int,
           limit: int) -> Iterator[InputItem]:
    """One InputItem per non-blank line, errors included (nothing is dropped silently)."""
    for lineno, text in numbered_lines(stream, enc, limit=limit):
        if isinstance(text, InputError):
            if text.code == "E004":  # the cap follows the article limit, which the user can raise
                text = InputError(f"{text.message} (raise the article limit with --max-bytes)", code="E004")
            yield InputItem(lineno, None, text)
            continue
        try:
            yield InputItem(lineno, article_from_obj(load_json(text), published=published,
                                                     max_bytes=max_bytes))
        except RasdError as exc:
            yield InputItem(lineno, None, exc)


def _file_items(path: Path, enc: str, published: str | None, max_bytes: int,
                limit: int) -> Iterator[InputItem]:
    with _open(path) as fh:
        yield from _items(fh, enc, published, max_bytes, limit)


def count_lines(path: Path, enc: str) -> int:
    """Non-blank lines, counted without parsing them, by chunks: one huge line is never held
    whole (UTF-16/32 text is decoded a chunk at a time to find its line ends)."""
    with _open(path) as fh:
        # a line ends at \n, \r\n or \r (rasd.io.lines): \r counts as an end, and the blank
        # "line" between the \r and \n of \r\n is not counted
        if ascii_lines(enc):
            chunks: Iterator = (c.replace(b"\r", b"\n") for c in iter(lambda: fh.read(_CHUNK), b""))
            newline = b"\n"
        else:
            text = io.TextIOWrapper(fh, encoding=enc, errors="replace", newline=None)
            chunks = iter(lambda: text.read(TEXT_CHUNK), "")
            newline = "\n"
        count, content = 0, False
        for chunk in chunks:
            parts = chunk.split(newline)
            for part in parts[:-1]:
                count += content or bool(part.strip())
                content = False
            content = content or bool(parts[-1].strip())
        return count + content


class _Chain(io.RawIOBase):
    """The head already read, then the rest of the stream: stdin cannot be rewound."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._head.readinto(buffer)
        if n:
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        line = self._head.readline(size if size is not None else -1)
        if line.endswith(b"\n") or (size is not None and size >= 0 and len(line) >= size):
            return line
        more = self._rest.readline(-1 if size is None or size < 0 else size - len(line))
        return line + more

    def read(self, size: int = -1) -> bytes:
        data = self._head.read(size)
        if size is None or size < 0:
            return data + self._rest.read()
        if len(data) < size:
            data += self._rest.read(size - len(data))
        return data
