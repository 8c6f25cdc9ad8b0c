"""The lines of a JSONL file, from bytes to text, one way for every reader.

`rasd extract` / `rasd ingest` (rasd.io.stream), `rasd process` (rasd.scale.shards),
`rasd eval` and `rasd validate` each decoded a line by themselves, and each had its own
habit: one kept a few damaged bytes, one stopped the run, one had no limit on a line's
length. Here a line is read with a cap (a line over it is skipped unread: memory holds
`limit` bytes, never the line), a UTF-8 BOM on the first line is dropped, and a line that
does not decode is that line's E003 — the caller decides whether it ends the run.
"""
from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO, Iterator

from rasd.errors import InputError
from rasd.io.decode import DEFAULT_MAX_BYTES, arabic_ratio, container_of, reject_binary

CHUNK = 1 << 20
HEAD = 64 * 1024  # bytes read to judge a file (rasd.io.stream: its format and encoding)
TEXT_CHUNK = 1 << 16  # characters: TextIOWrapper holds several copies of what it reads at once


def line_limit(max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The longest line that can still hold an article of `max_bytes` (4 bytes a character)."""
    return 4 * max_bytes + 4


LINE_LIMIT = line_limit()


def is_utf8(enc: str) -> bool:
    try:
        return codecs.lookup(enc).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def ascii_lines(enc: str) -> bool:
    """Can lines be split on the byte \\n before decoding? Yes for UTF-8 with or without a
    BOM and the single-byte code pages; not in UTF-16 or UTF-32."""
    if is_utf8(enc):
        return True  # "utf-8-sig" encodes a BOM first, yet its lines split on \n all the same
    try:
        return "\n{".encode(enc) == b"\n{"
    except (LookupError, UnicodeError):
        return False


def binary_head(head: bytes) -> InputError | None:
    """E003 when the head of a file shows it is no text (NUL bytes, or control characters), as
    rasd.io.decode judges any input: such a file is one error, not one per "line" of its bytes.
    Text in another encoding is not binary: each of its lines is that line's E003."""
    try:
        if b"\x00" in head:
            raise InputError(container_of(head) or "input looks binary (it contains NUL bytes)", code="E003")
        reject_binary(head.decode("utf-8", errors="replace"))
    except InputError as exc:
        return exc
    return None


def binary_file(fh: BinaryIO) -> InputError | None:
    """`binary_head` of the file's first HEAD bytes; the file is left at its start, for its lines."""
    head = fh.read(HEAD)
    fh.seek(0)
    return binary_head(head)


def too_large(limit: int) -> InputError:
    return InputError(f"line is too large: over {limit:,} bytes, longer than any article can be",
                      code="E004")


def decode_line(raw: bytes, enc: str = "utf-8", *, first: bool = False) -> str:
    """One line's text. UTF-8 with a few damaged bytes in an Arabic line is kept, with U+FFFD
    (as rasd.io.decode_bytes keeps such a file); anything else that does not decode, or text
    full of control characters, is E003."""
    if is_utf8(enc):
        if first and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            return reject_binary(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            if text.count("\ufffd") <= max(3, len(text) // 1000) and arabic_ratio(text) >= 0.5:
                return reject_binary(text)
            raise InputError(f"line is not valid UTF-8 (byte {exc.start + 1}; a binary file, or "
                             "another encoding?)", code="E003") from None
    try:
        return reject_binary(raw.decode(enc))
    except UnicodeDecodeError as exc:
        raise InputError(f"line is not valid {enc} (byte {exc.start + 1})", code="E003") from None


_LINE_END = re.compile(rb"[\r\n]")


class _EndsAtCR:
    """`readline` of a binary stream where a line ends at \\n, \\r\\n or a lone \\r (old Mac
    files), each returned ending in \\n: a file of lone-\\r line ends was one line, its first
    article's "Extra data" (E005) and the rest lost. JSON holds no raw \\r in a string, and
    rasd.io.read.iter_jsonl cuts a document read whole at the same ends. The stream is read
    a line (at most CHUNK bytes) at a time, so a line from a pipe comes as it is written."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream, self._buf, self._pos, self._eof = stream, b"", 0, False

    def readline(self, size: int) -> bytes:
        if self._pos >= len(self._buf):  # nothing held: the stream's own readline, no copy more
            line = self._stream.readline(size)
            cr = line.find(b"\r")
            if cr < 0 or cr == len(line) - 2 and line.endswith(b"\n"):
                return line
            self._buf, self._pos = line, 0
        return self._cut(size)

    def _cut(self, size: int) -> bytes:
        while True:
            buf, pos = self._buf, self._pos
            end = _LINE_END.search(buf, pos, pos + size)
            if end is not None:
                i = end.start()
                if buf[i] == 0x0A:
                    self._pos = i + 1
                    return buf[pos:i + 1]
                if i + 1 < len(buf) or self._eof:  # a \r, and what follows it is known
                    self._pos = i + 2 if buf[i + 1:i + 2] == b"\n" else i + 1
                    return buf[pos:i] + b"\n"
            elif len(buf) - pos >= size or self._eof:
                self._pos = min(len(buf), pos + size)
                return buf[pos:self._pos]
            more = self._stream.readline(CHUNK)
            self._eof = not more
            self._buf, self._pos = buf[pos:] + more, 0


def _byte_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    lines = _EndsAtCR(stream)
    while line := lines.readline(limit):
        if len(line) == limit and not line.endswith(b"\n"):
            while (rest := lines.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _text_lines(stream: BinaryIO, enc: str, limit: int) -> Iterator[str | None]:
    """UTF-16/32 lines, decoded as they are read; at most `limit` characters are held. A line
    ends at \\n, \\r\\n or \\r (newline=None), as in _EndsAtCR."""
    buffered = stream if hasattr(stream, "read1") else io.BufferedReader(stream)
    text = io.TextIOWrapper(buffered, encoding=enc, newline=None)
    while line := text.readline(limit):
        if len(line) == limit and not line.endswith("\n"):
            while (rest := text.readline(TEXT_CHUNK)) and not rest.endswith("\n"):
                pass
            yield None
            continue
        yield line


def numbered_lines(stream: BinaryIO, enc: str = "utf-8", *,
                   limit: int = LINE_LIMIT) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) for each non-blank line, or (line number, its InputError): E004
    for a line over `limit`, E003 for one that does not decode. In UTF-16/32 a decoding
    error ends the input (lines cannot be found past it): it is the last item."""
    if ascii_lines(enc):
        lines: Iterator = _byte_lines(stream, limit)
    else:
        lines = _text_lines(stream, enc, limit)
    lineno = 0
    while True:
        lineno += 1
        try:
            raw = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield lineno, InputError(f"input is not valid {enc} from here on ({exc.reason})", code="E003")
            return
        if raw is None:
            yield lineno, too_large(limit)
            continue
        if not raw.strip():
            continue
        if isinstance(raw, str):
            try:
                yield lineno, reject_binary(raw)
            except InputError as exc:
                yield lineno, exc
            continue
        try:
            text = decode_line(raw, enc, first=lineno == 1)
        except InputError as exc:
            yield lineno, exc
            continue
        if text.strip():  # a first line that held only a BOM is blank too
            yield lineno, text
