"""One JSONL line is read one way everywhere (rasd.io.lines): `rasd extract`/`ingest`
(rasd.io.stream), `rasd process` (rasd.scale.shards) and `rasd eval` take the same BOM, the
same damaged bytes, the same E003 for a line in another encoding, and the same cap on a
line's length, on the fast byte path whether or not the file starts with a BOM, and for
UTF-16/32 lines too. Memory is bounded by the cap, never by the longest line."""
from __future__ import annotations

import codecs
import json
import tracemalloc

import pytest

from rasd.cli.evaluate import load_records
from rasd.errors import InputError
from rasd.io import open_input
from rasd.io.lines import ascii_lines
from rasd.scale.shards import read_items

TEXT = "أعلنت وزارة الصحة أن ثلاثة أشخاص أصيبوا في حادث سير على الطريق الساحلي."


def _line(doc_id: str, text: str = TEXT) -> bytes:
    return json.dumps({"id": doc_id, "text": text}, ensure_ascii=False).encode("utf-8") + b"\n"


def test_a_bom_keeps_the_fast_byte_path() -> None:
    assert ascii_lines("utf-8-sig") and ascii_lines("utf-8") and ascii_lines("cp1256")
    assert not ascii_lines("utf-16") and not ascii_lines("utf-32")


def test_the_three_readers_agree_on_bom_damage_and_a_foreign_line(tmp_path) -> None:
    foreign = json.dumps({"id": "c", "text": "أصيب شخصان"}, ensure_ascii=False).encode("cp1256") + b"\n"
    src = tmp_path / "in.jsonl"
    src.write_bytes(codecs.BOM_UTF8 + _line("a") + _line("b") + foreign)
    items = list(open_input(src).items)
    assert [i.article.id for i in items[:2]] == ["a", "b"]
    assert items[2].line == 3 and items[2].error.code == "E003"
    shard = list(read_items(src))
    assert [i["id"] for i in shard[:2]] == ["a", "b"]
    assert shard[2]["_code"] == "E003" and shard[2]["_error"] == items[2].error.message
    with pytest.raises(InputError) as exc:
        load_records(src)
    assert exc.value.code == "E003" and f"{src}:3: {items[2].error.message}" == exc.value.message


def test_a_line_over_the_cap_after_a_bom_is_skipped_unread(tmp_path) -> None:
    src = tmp_path / "bom.jsonl"
    src.write_bytes(codecs.BOM_UTF8 + _line("a") + _line("big", TEXT * 400) + _line("c"))
    items = list(open_input(src, max_bytes=2000).items)
    assert [(i.line, i.article.id if i.article else i.error.code) for i in items] == \
        [(1, "a"), (2, "E004"), (3, "c")]
    assert "--max-bytes" in items[1].error.message


@pytest.mark.parametrize("enc", ["utf-16", "utf-32"])
def test_utf16_and_utf32_lines_have_the_cap_too(tmp_path, enc) -> None:
    text = (_line("a") + _line("big", TEXT * 400) + _line("c")).decode("utf-8")
    src = tmp_path / f"{enc}.jsonl"
    src.write_bytes(text.encode(enc))
    inp = open_input(src, max_bytes=2000)
    items = list(inp.items)
    assert inp.total == 3
    assert [(i.line, i.article.id if i.article else i.error.code) for i in items] == \
        [(1, "a"), (2, "E004"), (3, "c")]


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("enc", ["utf-8-sig", "utf-16"])
def test_one_huge_line_is_never_held_whole(tmp_path, enc) -> None:
    src = tmp_path / "huge.jsonl"
    huge = '{"id": "h", "text": "' + "ب" * 12_000_000 + '"}\n'  # 24 MB in UTF-8 or UTF-16
    src.write_bytes((_line("a").decode("utf-8") + huge + _line("c").decode("utf-8")).encode(enc))
    del huge
    got = []
    peak = _peak(lambda: got.extend((i.line, i.article.id if i.article else i.error.code)
                                    for i in open_input(src, max_bytes=20_000).items))
    assert got == [(1, "a"), (2, "E004"), (3, "c")]
    assert peak < 8_000_000  # a whole-line read held over 24 MB


def test_process_reads_a_huge_shard_line_as_that_lines_failure(tmp_path) -> None:
    src = tmp_path / "shard.jsonl"
    src.write_bytes(_line("a") + b'{"id": "h", "text": "' + b"x" * 30_000_000 + b'"}\n' + _line("c"))
    items = []
    peak = _peak(lambda: items.extend(read_items(src)))
    assert [i["id"] for i in items] == ["a", "shard.jsonl:2", "c"]
    assert items[1]["_code"] == "E004" and items[1]["_error"].startswith("line is too large")
    assert peak < 20_000_000  # the whole line, read and decoded, held over 60 MB


@pytest.mark.parametrize("enc, given", [("utf-16-le", "utf-16"), ("utf-32-le", "utf-32")])
def test_an_encoding_named_without_its_bom_in_the_file(tmp_path, enc, given) -> None:
    """`--encoding utf-16` on a file with no byte-order mark was E000 "UTF-16 stream does not
    start with BOM": its lines are read little-endian, as a whole document is."""
    src = tmp_path / "nobom.jsonl"
    src.write_bytes((_line("a") + _line("b")).decode("utf-8").encode(enc))
    inp = open_input(src, encoding=given)
    assert inp.total == 2 and [i.article.id for i in inp.items] == ["a", "b"]


def test_a_utf8_file_read_as_utf16_is_a_coded_error(tmp_path) -> None:
    src = tmp_path / "u8.jsonl"
    src.write_bytes(_line("a") + _line("b"))
    items = list(open_input(src, encoding="utf-16").items)
    assert items and all(i.error is not None and i.error.code == "E003" for i in items)
