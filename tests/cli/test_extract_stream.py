"""`rasd extract` streams a JSONL batch: lines are read, extracted and written one chunk
after another (memory bounded by a chunk of lines, not the file); bad lines are still
reported by number and skipped; the output bytes are those of the whole-file reading."""
from __future__ import annotations

import codecs
import io
import json

import pytest

from rasd.cli.extract import JsonArrayWriter
from rasd.io import open_input, read_input
from rasd.io.stream import HEAD
from tests.cli.conftest import ARTICLE, records_of

LINE = json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n"


class Lines(io.RawIOBase):
    """A stdin that makes its lines only when read, and counts what was read. It refuses
    to be read to the end in one call (what materialising the input would do)."""

    def __init__(self, n: int, check=None) -> None:
        self.lines = (LINE.replace('"x"', f'"a{i}"').encode("utf-8") for i in range(n))
        self.buffer = b""
        self.consumed = 0
        self.served = 0
        self.check = check

    def readable(self) -> bool:
        return True

    def readinto(self, out) -> int:
        while len(self.buffer) < len(out):
            line = next(self.lines, None)
            if line is None:
                break
            self.served += 1
            if self.check:
                self.check(self.served)
            self.buffer += line
        n = min(len(out), len(self.buffer))
        out[:n], self.buffer = self.buffer[:n], self.buffer[n:]
        self.consumed += n
        return n

    def readall(self) -> bytes:
        raise AssertionError("the whole input was read at once")


def test_the_first_article_comes_after_reading_a_head_not_the_input() -> None:
    stream = Lines(20_000)  # ~7 MB of JSON lines, made only as they are read
    inp = open_input("-", stdin=io.BufferedReader(stream, buffer_size=4096))
    first = next(iter(inp.items))
    assert first.line == 1 and first.article.id == "a0" and inp.total is None
    assert stream.consumed <= HEAD + 4 * len(LINE.encode("utf-8")) + 4096


def test_records_are_written_while_the_input_is_still_being_read(runner, app, config, tmp_path,
                                                                 monkeypatch) -> None:
    import rasd.cli.extract as extract_cmd

    out = tmp_path / "out.jsonl"
    seen = []

    def check(served: int) -> None:
        if served == 400:  # long after the head and the first chunks of 32 lines
            seen.append(len(out.read_text("utf-8").splitlines()) if out.exists() else 0)

    stream = io.BufferedReader(Lines(450, check), buffer_size=4096)
    # (the test runner's stdin takes bytes only: the stream is handed to open_input itself)
    monkeypatch.setattr(extract_cmd, "open_input", lambda source, **kw: open_input(source, stdin=stream, **kw))
    result = runner.invoke(app, ["extract", "-", "--config", str(config), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert seen and seen[0] >= 64, seen  # records were on disk before line 400 was read
    assert len(out.read_text("utf-8").splitlines()) == 450


def test_a_streamed_file_gives_the_bytes_of_the_whole_file_reading(runner, app, config, tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(LINE.replace('"x"', f'"b{i}"') for i in range(40)) + "\n{bad\n", "utf-8")
    streamed = open_input(src)
    whole = read_input(src)
    assert streamed.total == whole.total == 41 and not isinstance(streamed.items, list)
    pairs = list(zip(streamed.items, whole.items, strict=True))
    assert all(a.line == b.line and a.article == b.article and type(a.error) is type(b.error)
               for a, b in pairs)
    for fmt in ("jsonl", "json"):
        result = runner.invoke(app, ["extract", str(src), "--config", str(config), "--format", fmt])
        assert result.exit_code == 0 and f"{src}:42: error E005" in result.stderr
        assert [r["doc"]["id"] for r in records_of(result.stdout)] == [f"b{i}" for i in range(40)]


@pytest.mark.parametrize("n", [0, 1, 3])
def test_the_json_array_is_written_as_json_dumps_writes_it(n) -> None:
    records = [{"id": f"r{i}", "text": "قتل\nشخص", "spans": [{"a": 1}, []], "e": {}} for i in range(n)]
    sink = io.StringIO()
    writer = JsonArrayWriter(sink)
    for record in records:
        writer.write(record)
    writer.close()
    assert sink.getvalue() == json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def test_a_line_too_long_for_any_article_is_skipped_unread(runner, app, config, tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    huge = json.dumps({"id": "huge", "text": "قتل " * 5000}, ensure_ascii=False)  # ~40 KB
    src.write_text(LINE + huge + "\n" + LINE.replace('"x"', '"y"'), "utf-8")
    result = runner.invoke(app, ["extract", str(src), "--config", str(config), "--max-bytes", "1000"])
    assert result.exit_code == 0, result.output
    assert f"{src}:2: error E004: line is too large" in result.stderr
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["x", "y"]


def test_a_line_in_another_encoding_is_that_lines_error_only(runner, app, config, tmp_path) -> None:
    """The encoding is chosen from the head; a later line that is not in it is that line's
    E003 (the whole-file decode misread every line as cp1256, or failed them all)."""
    src = tmp_path / "in.jsonl"
    good = LINE.encode("utf-8")
    n = HEAD // len(good) + 2  # the odd line lies beyond the head
    other = json.dumps({"id": "cp", "text": "قتل شخص في بغداد اليوم"}, ensure_ascii=False)
    src.write_bytes(good * n + other.encode("cp1256") + b"\n" + LINE.replace('"x"', '"z"').encode("utf-8"))
    result = runner.invoke(app, ["extract", str(src), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"{src}:{n + 1}: error E003: line is not valid UTF-8" in result.stderr
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["x"] * n + ["z"]


def test_utf16_jsonl_with_a_bom_streams_by_characters(runner, app, config, tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    text = LINE + "\n" + "{bad\n" + LINE.replace('"x"', '"w"')
    src.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert open_input(src).total == 3
    result = runner.invoke(app, ["extract", str(src), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert f"{src}:3: error E005" in result.stderr
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["x", "w"]


def test_a_named_pipe_is_read_once_as_stdin_is(runner, app, config, tmp_path) -> None:
    """`rasd extract <(zcat big.jsonl.gz)` names a pipe, which is no regular file: it was
    'error E008: file not found: /dev/fd/63'."""
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    body = (LINE + LINE.replace('"x"', '"v"')).encode("utf-8")

    def feed() -> None:
        with open(fifo, "wb") as fh:
            fh.write(body)

    writer = threading.Thread(target=feed)
    writer.start()
    result = runner.invoke(app, ["extract", str(fifo), "--config", str(config)])
    writer.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["x", "v"]
    assert f"(2 lines in {fifo})" in result.stderr


def test_a_named_pipe_keeps_the_format_of_its_name(tmp_path) -> None:
    """A pipe named .jsonl holding one line is a batch of one (its extension says so), not
    a single .json document."""
    import os
    import threading

    fifo = tmp_path / "one.jsonl"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(LINE, "utf-8"))
    writer.start()
    inp = open_input(fifo)
    items = list(inp.items)
    writer.join(timeout=10)
    assert inp.batch and [it.line for it in items] == [1]


def test_an_empty_device_is_empty_input_not_a_missing_file(runner, app, config) -> None:
    result = runner.invoke(app, ["extract", "/dev/null", "--config", str(config)])
    assert result.exit_code == 1 and result.stderr.strip() == "error E001: input is empty: /dev/null"


def test_an_output_that_is_the_input_is_refused(runner, app, config, tmp_path) -> None:
    """The input is read as it is processed: opening the output would empty it first."""
    src = tmp_path / "in.jsonl"
    src.write_text(LINE, "utf-8")
    for out in (src, tmp_path / "." / "in.jsonl"):
        result = runner.invoke(app, ["extract", str(src), "--config", str(config), "-o", str(out)])
        assert result.exit_code == 1 and "error E008: cannot write" in result.stderr
        assert "it is the input" in result.stderr
    assert src.read_text("utf-8") == LINE  # not emptied


def test_a_file_of_a_bom_or_spaces_is_named_as_empty(runner, app, config, tmp_path) -> None:
    """A file holding a byte-order mark alone (or spaces in UTF-16) was 'input is empty' with
    no name, where an empty file is named."""
    for name, data in [("bom.txt", b"\xef\xbb\xbf"), ("spaces.txt", "   \n".encode("utf-16"))]:
        src = tmp_path / name
        src.write_bytes(data)
        result = runner.invoke(app, ["extract", str(src), "--config", str(config)])
        assert result.exit_code == 1 and result.stderr.strip() == f"error E001: input is empty: {src}"
