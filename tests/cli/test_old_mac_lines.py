"""A line ends at \\n, \\r\\n or a lone \\r (old Mac files) in every reader of JSONL lines
(rasd.io.lines): `rasd extract`/`ingest`, `rasd process`, `rasd eval`, `rasd validate` read a
file of lone-\\r ends as one line — its first article "Extra data" (E005), the others lost —
where a document read whole (iter_jsonl) already cut it at each \\r. JSON holds no raw \\r in
a string, so no article is cut by it."""
from __future__ import annotations

import io
import json

import pytest

from rasd.cli.evaluate import load_records
from rasd.cli.validate_files import load_articles
from rasd.io import open_input
from rasd.io.lines import numbered_lines
from rasd.scale.shards import read_items

TEXTS = {"a": "أعلن الدفاع المدني أن حريقا اندلع في سوق الخضار وسط المدينة.",
         "b": "قالت البلدية إن أعمال الصيانة ستنتهي قبل نهاية الشهر الجاري.",
         "c": "افتتح وزير التربية مدرستين جديدتين في الريف الشرقي يوم الأحد."}


def _lines(end: str, enc: str = "utf-8") -> bytes:
    return "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + end
                   for k, v in TEXTS.items()).encode(enc)


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
@pytest.mark.parametrize("enc", ["utf-8", "cp1256", "utf-16"])
def test_every_reader_cuts_a_line_at_a_lone_cr(tmp_path, end, enc):
    if enc == "cp1256" and end != "\r":
        pytest.skip("one code page is enough")
    src = tmp_path / "old-mac.jsonl"
    src.write_bytes(_lines(end, enc))
    inp = open_input(src, encoding=enc)
    items = list(inp.items)
    assert inp.total == 3
    assert [(i.line, i.article.id, i.article.text) for i in items] == \
        [(n, k, v) for n, (k, v) in enumerate(TEXTS.items(), 1)]
    if enc == "utf-8":
        assert [i["id"] for i in read_items(src)] == list(TEXTS)
        assert load_articles(src) == TEXTS


def test_records_with_lone_cr_ends_are_read(tmp_path):
    record = {"schema": "rasd/1", "doc": {"id": "x", "sha256": "0" * 64}, "entities": [], "places": [],
              "times": [], "quantities": [], "quotes": [], "events": []}
    src = tmp_path / "records.jsonl"
    src.write_bytes(b"".join(json.dumps(dict(record, doc={"id": i, "sha256": "0" * 64})).encode() + b"\r"
                             for i in ("x", "y")))
    assert [r["doc"]["id"] for r in load_records(src)] == ["x", "y"]


def test_a_cr_lf_cut_between_two_reads_is_one_line_end():
    """A pipe hands \\r and \\n in two reads: one end, not a blank line that shifts the numbers."""

    class Pipe(io.RawIOBase):
        def __init__(self, parts):
            self.parts = list(parts)

        def readline(self, size=-1):
            return self.parts.pop(0) if self.parts else b""

    got = list(numbered_lines(Pipe([b'{"id": "a"}\r', b'\n{"id": "b"}\r', b'{"id": "c"}'])))
    assert got == [(1, '{"id": "a"}\n'), (2, '{"id": "b"}\n'), (3, '{"id": "c"}')]


def test_a_long_line_in_a_lone_cr_file_is_e004_and_the_next_is_read(tmp_path):
    src = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": TEXTS["a"] * 400}, ensure_ascii=False)
    src.write_bytes((json.dumps({"id": "a", "text": TEXTS["a"]}, ensure_ascii=False) + "\r" + big + "\r" +
                     json.dumps({"id": "c", "text": TEXTS["c"]}, ensure_ascii=False) + "\r").encode())
    items = list(open_input(src, max_bytes=2000).items)
    assert [(i.line, i.article.id if i.article else i.error.code) for i in items] == \
        [(1, "a"), (2, "E004"), (3, "c")]
