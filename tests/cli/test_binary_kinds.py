"""A binary input whose first bytes tell what it is (a .jsonl.gz, a Parquet shard, a zip, a
SQLite store) is named in its E003, where every one was 'input looks binary …; pass --encoding
if it is UTF-16 without a byte-order mark', a hint that misled; and a .json file holding a
list of articles is told that many articles are a .jsonl file."""
from __future__ import annotations

import gzip
import json

import pytest

from rasd.errors import InputError
from rasd.io import open_input, read_input
from rasd.scale.shards import read_items

TEXT = "قال مسؤول محلي إن السيول جرفت عشرات المنازل في القرى الجبلية بعد أمطار غزيرة."
LINE = (json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n").encode("utf-8")


@pytest.mark.parametrize("data, says", [
    (gzip.compress(LINE * 3), "input is a gzip file: decompress it first"),
    (b"PAR1\x15\x04\x15\x00" + b"\x00" * 64, "input is a Parquet file: rasd process reads Parquet"),
    (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 64, "input is a zip archive"),
    (b"SQLite format 3\x00" + b"\x00" * 64, "input is a SQLite database"),
])
def test_a_known_binary_is_named(tmp_path, data, says) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(data)
    with pytest.raises(InputError) as exc:
        open_input(src)
    assert exc.value.code == "E003" and exc.value.message.startswith(says)
    assert "--encoding" not in exc.value.message
    [item] = read_items(src)  # rasd process says the same
    assert item["_code"] == "E003" and item["_error"].startswith(says)


def test_an_unknown_binary_keeps_the_encoding_hint(tmp_path) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(b"\x01\x02\x00\x00" * 50)
    with pytest.raises(InputError) as exc:
        read_input(src)
    assert "input looks binary" in exc.value.message


def test_a_json_list_of_articles_points_at_jsonl(tmp_path) -> None:
    src = tmp_path / "many.json"
    src.write_text(json.dumps([{"id": "a", "text": TEXT}], ensure_ascii=False), "utf-8")
    with pytest.raises(InputError) as exc:
        read_input(src)
    assert exc.value.code == "E005" and "many articles are a .jsonl file" in exc.value.message
