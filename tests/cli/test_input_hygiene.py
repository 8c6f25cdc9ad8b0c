"""Bad and oddly encoded input: decoded right, or one clear `error E00x` line, never a traceback."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from rasd.io import decode_bytes
from rasd.model.validate import validate_record
from tests.cli.conftest import ARTICLE, records_of


def run(runner, app, *args, input=None):
    result = runner.invoke(app, ["extract", *map(str, args)], input=input)
    assert "Traceback" not in result.output
    return result


def one_error_line(result, code: str) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code != 0
    assert len(lines) == 1 and lines[0].startswith(f"error {code}: "), result.stderr
    return lines[0]


ENCODED = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "cp1256": ARTICLE.replace("ـ", "").encode("cp1256"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_are_detected(name: str, runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(ENCODED[name])
    result = run(runner, app, f, "--config", config)
    assert result.exit_code == 0, result.output
    (rec,) = records_of(result.stdout)
    assert validate_record(rec, ARTICLE) == []  # sha256 and spans are those of the decoded text


def test_short_cp1256_text_is_not_mistaken_for_another_code_page() -> None:
    text, enc = decode_bytes("قتل شخص في بغداد".encode("cp1256"))
    assert (text, enc) == ("قتل شخص في بغداد", "cp1256")


def test_encoding_option_overrides_detection(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(ENCODED["cp1256"])
    assert run(runner, app, f, "--config", config, "--encoding", "cp1256").exit_code == 0
    one_error_line(run(runner, app, f, "--config", config, "--encoding", "utf-8"), "E003")
    one_error_line(run(runner, app, f, "--config", config, "--encoding", "no-such-codec"), "E003")


def test_utf16_without_bom_needs_the_encoding_option(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(ARTICLE.encode("utf-16-le"))
    one_error_line(run(runner, app, f, "--config", config), "E003")
    assert run(runner, app, f, "--config", config, "--encoding", "utf-16-le").exit_code == 0


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\ufeff".encode("utf-8")])
def test_empty_input(content: bytes, runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    one_error_line(run(runner, app, f, "--config", config), "E001")


def test_non_arabic_input(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "en.txt"
    f.write_text("Three civilians were killed in shelling on Sunday, said the observatory (بغداد).", "utf-8")
    line = one_error_line(run(runner, app, f, "--config", config), "E002")
    assert "not Arabic" in line


def test_digits_only_is_not_arabic(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_text("١٢٣ 456 -- 789", "utf-8")
    one_error_line(run(runner, app, f, "--config", config), "E002")


@pytest.mark.parametrize("content", [b"\x00\x01\x02\x03binary\xff\xfe\x00", bytes(range(256)) * 4,
                                     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_input(content: bytes, runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_bytes(content)
    one_error_line(run(runner, app, f, "--config", config), "E003")


def test_oversized_input_default_limit(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("قتل شخص في بغداد. " * 70_000, "utf-8")  # ~2.2 MB of UTF-8
    line = one_error_line(run(runner, app, f, "--config", config), "E004")
    assert "--max-bytes" in line


def test_max_bytes_option(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    one_error_line(run(runner, app, f, "--config", config, "--max-bytes", "50"), "E004")


def test_file_not_found(runner, app, config, tmp_path: Path) -> None:
    one_error_line(run(runner, app, tmp_path / "missing.txt", "--config", config), "E008")


def test_stdin_binary(runner, app, config) -> None:
    one_error_line(run(runner, app, "-", "--config", config, input=b"\x00\x00abc"), "E003")


def test_jsonl_bad_lines_are_reported_and_skipped(runner, app, config, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "good1", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "notext", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "english", "text": "This is an English sentence about the weather."}),
        json.dumps({"id": "huge", "text": "قتل شخص " * 200}, ensure_ascii=False),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": "good2", "text": ARTICLE}, ensure_ascii=False),
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n", "utf-8")
    result = run(runner, app, f, "--config", config, "--max-bytes", "1000")
    assert result.exit_code == 0
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["good1", "good2"]
    err = result.stderr
    for lineno, code in [(2, "E005"), (3, "E006"), (4, "E001"), (5, "E002"), (6, "E004"), (8, "E005")]:
        assert f"{f}:{lineno}: error {code}: " in err, (lineno, code, err)
    assert "2 processed, 6 skipped (8 lines" in err
    assert ":7:" not in err  # a blank line is not an article


def test_jsonl_file_that_is_binary_fails_as_a_whole(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"id": "x", "text": "\x00\x01"}\n\x00\x00')
    one_error_line(run(runner, app, f, "--config", config), "E003")


def test_utf8_with_one_damaged_byte_stays_utf8() -> None:
    data = ARTICLE.encode("utf-8")
    cut = len(ARTICLE[:20].encode("utf-8"))  # a character boundary
    damaged = data[:cut] + b"\xff" + data[cut:]
    text, enc = decode_bytes(damaged)
    assert enc.startswith("utf-8") and text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == ARTICLE


def test_cp1256_is_not_taken_for_damaged_utf8() -> None:
    text, enc = decode_bytes((ARTICLE * 3).encode("cp1256"))
    assert enc == "cp1256" and text == ARTICLE * 3


def test_a_directory_is_not_a_missing_file(runner, app, config, tmp_path: Path) -> None:
    line = one_error_line(run(runner, app, tmp_path, "--config", config), "E008")
    assert "is a directory" in line and "not found" not in line


@pytest.mark.parametrize("where", ["missing-dir/out.json", "missing-dir/out.jsonl", "."])
def test_an_output_that_cannot_be_written_is_one_error_line(where, runner, app, config,
                                                            tmp_path: Path) -> None:
    """`-o` into a folder that does not exist (or onto a folder) was `error E000: unexpected
    FileNotFoundError`; it is E008 now, before any article is processed."""
    single = tmp_path / "a.txt"
    single.write_text(ARTICLE, "utf-8")
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n", "utf-8")
    source = batch if where.endswith(".jsonl") else single
    line = one_error_line(run(runner, app, source, "--config", config, "-o", tmp_path / where), "E008")
    assert "cannot write" in line


def test_max_bytes_must_be_positive(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    result = run(runner, app, f, "--config", config, "--max-bytes", "-5")
    assert result.exit_code == 2 and "E004" not in result.output  # a usage error, like ingest's


def test_jsonl_date_off_the_calendar_is_not_kept(runner, app, config, tmp_path: Path) -> None:
    """A line's "published": "2024-13-45" passed the shape check into doc.published."""
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": ARTICLE, "published": d}) + "\n"
                         for i, d in (("bad", "2024-13-45"), ("good", "2024-02-29T10:00:00Z"))), "utf-8")
    result = run(runner, app, f, "--config", config, "--published", "2024-03-01")
    assert result.exit_code == 0, result.output
    assert [r["doc"]["published"] for r in records_of(result.stdout)] == ["2024-03-01", "2024-02-29"]
