"""File and directory ingest, allowed roots, resuming after an interruption, --watch."""
from __future__ import annotations

import json

import pytest

from rasd.ingest import ingest_sources, watch
from rasd.samples import sample_articles


def write_jsonl(path, articles) -> None:
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", "utf-8")


def test_ingest_directory_of_txt_html_jsonl(rasd, tmp_path):
    arts = sample_articles()
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "one.txt").write_text(arts[0]["text"], "utf-8")
    (src / "sub" / "two.html").write_text(
        f"<html><body><article><p>{arts[1]['text']}</p></article></body></html>", "utf-8")
    write_jsonl(src / "batch.jsonl", arts[2:5])
    with (src / "batch.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{not json}\n")
    (src / "notes.md").write_text("ignored", "utf-8")
    report = ingest_sources(rasd, [str(src)])
    assert report.added == 5 and report.failed == 1
    assert report.failures[0]["code"] == "E005" and report.failures[0]["item"].endswith("batch.jsonl#4")
    assert rasd.document("one")["text"] == arts[0]["text"]
    assert rasd.document("sample-04")["published"] == "2024-02-20"
    again = ingest_sources(rasd, [str(src)])
    assert (again.added, again.failed, again.skipped) == (0, 0, 6)


def test_ingest_refuses_paths_outside_roots(rasd, tmp_path):
    inside, outside = tmp_path / "allowed", tmp_path / "other"
    inside.mkdir()
    outside.mkdir()
    (outside / "a.txt").write_text(sample_articles()[0]["text"], "utf-8")
    report = ingest_sources(rasd, [str(outside / "a.txt")], roots=[str(inside)])
    assert report.added == 0 and report.failures[0]["code"] == "E052"
    missing = ingest_sources(rasd, [str(inside / "nope.txt")], roots=[str(inside)])
    assert missing.failures[0]["code"] == "E008"


def test_ingest_resumes_after_interruption_without_loss_or_duplicates(rasd, tmp_path):
    arts = sample_articles()
    write_jsonl(tmp_path / "all.jsonl", arts)
    done = []

    def interrupt_after_four(work, status):
        done.append(status)
        if len(done) == 4:
            raise KeyboardInterrupt  # what Ctrl-C does in the middle of a run

    with pytest.raises(KeyboardInterrupt):
        ingest_sources(rasd, [str(tmp_path / "all.jsonl")], on_item=interrupt_after_four)
    assert rasd.stats()["documents"] == 4
    resumed = ingest_sources(rasd, [str(tmp_path / "all.jsonl")])
    assert (resumed.skipped, resumed.added, resumed.duplicates) == (4, 6, 0)
    ids = [r["id"] for r in rasd.store._rows("SELECT id FROM documents")]
    assert sorted(ids) == sorted(a["id"] for a in arts)


def test_ingest_edited_file_is_new_work(rasd, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(sample_articles()[0]["text"], "utf-8")
    assert ingest_sources(rasd, [str(path)]).added == 1
    path.write_text(sample_articles()[0]["text"] + "\nوتواصل القصف حتى المساء.", "utf-8")
    assert ingest_sources(rasd, [str(path)]).added == 1
    assert rasd.stats()["documents"] == 2


def test_watch_picks_up_new_files(rasd, tmp_path):
    arts = sample_articles()
    (tmp_path / "a.txt").write_text(arts[0]["text"], "utf-8")
    rounds = []

    def on_round(n, report):
        rounds.append(report.added)
        if n == 1:
            (tmp_path / "b.txt").write_text(arts[1]["text"], "utf-8")

    watch(rasd, [str(tmp_path)], interval=0, rounds=3, on_round=on_round)
    assert rounds == [1, 1, 0]


def test_a_missing_input_list_is_reported_and_the_rest_ingested(rasd, tmp_path):
    """`rasd ingest @feeds.txt @typo.txt` stopped with E008 before anything was ingested,
    while a missing file among the inputs is only reported; a list is now the same."""
    arts = sample_articles()
    (tmp_path / "one.txt").write_text(arts[0]["text"], "utf-8")
    (tmp_path / "list.txt").write_text(f"# my inputs\n{tmp_path / 'one.txt'}\n", "utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x8d\xff" * 20)
    report = ingest_sources(rasd, [f"@{tmp_path / 'list.txt'}", f"@{tmp_path / 'typo.txt'}",
                                   f"@{tmp_path / 'blob.txt'}"])
    assert report.added == 1 and report.failed == 2
    assert {f["code"] for f in report.failures} == {"E008"}
    assert rasd.document("one")["text"] == arts[0]["text"]
