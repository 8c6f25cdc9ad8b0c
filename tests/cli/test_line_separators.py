"""A JSONL line ends at a newline, not at every character str.splitlines cuts at: U+2028 (LINE
SEPARATOR) and U+0085 are legal raw inside a JSON string, and json.dumps(ensure_ascii=False)
writes them raw, so an article or record holding one was cut in two bad-JSON pieces by
`rasd cluster`, `rasd validate --articles` and a JSONL document read whole. `rasd cluster`
also reads its JSONL as every command does: one line that is not UTF-8 is that line's E003,
where it lost the whole file."""
from __future__ import annotations

import json

from rasd.cli.validate_files import load_articles
from rasd.io import iter_jsonl

TEXT = "أعلن المكتب الإعلامي للبلدية\u2028أن الطريق أعيد فتحه بعد إزالة الأنقاض صباح الاثنين."


def _record(doc_id: str) -> dict:
    return {"schema": "rasd/1", "doc": {"id": doc_id, "sha256": "0" * 64}, "entities": [], "places": [],
            "times": [], "quantities": [], "quotes": [], "events": [],
            "note": "سطر\u2028ثان"}


def test_a_jsonl_document_read_whole_keeps_a_line_separator_inside_a_text() -> None:
    text = json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\r\n" + \
        json.dumps({"id": "b", "text": TEXT}, ensure_ascii=False) + "\r"
    items = list(iter_jsonl(text))
    assert [i.article.id for i in items] == ["a", "b"] and items[0].article.text == TEXT


def test_validate_reads_articles_with_a_line_separator(tmp_path) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", "utf-8")
    assert load_articles(src) == {"a": TEXT}


def test_cluster_reads_records_with_a_line_separator_and_a_bad_line(runner, app, tmp_path) -> None:
    src = tmp_path / "records.jsonl"
    src.write_bytes(b"".join(json.dumps(_record(i), ensure_ascii=False).encode("utf-8") + b"\n"
                             for i in ("a", "b")) + "سجل\n".encode("cp1256"))
    result = runner.invoke(app, ["cluster", str(src), "--json"])
    assert f"{src}:3: error E003" in result.output
    assert "E005" not in result.output and f"{src}: error E003" not in result.output
