"""`rasd cluster` on damaged input: each bad line or file is one `where: error E0xx` line on
stderr, and the good records are still clustered."""
from __future__ import annotations

import json
from pathlib import Path


def _rec(doc_id: str, killed: int) -> dict:
    return {"schema": "rasd/1", "doc": {"id": doc_id},
            "places": [{"id": "p1", "name": "حمص", "lat": 34.73, "lon": 36.72}],
            "events": [{"id": "v1", "type": "ASSAULT", "date": "2024-02-11", "place": "p1",
                        "time_precision": "day", "actors": [], "source": {"text": "المرصد"},
                        "counts": {"killed": {"value": killed, "qualifier": "exact"}}}]}


def test_cluster_bad_lines_are_reported_and_the_good_ones_kept(runner, app, tmp_path: Path) -> None:
    """One bad line used to stop `rasd cluster` (E005 with the wrong line number, every good
    record lost), a binary file was `error E000: UnicodeDecodeError` and a list of numbers an
    AttributeError; each is now one `where: error E0xx` line and the rest is clustered."""
    good = [json.dumps(_rec(i, k), ensure_ascii=False) for i, k in [("a", 11), ("b", 14)]]
    path = tmp_path / "recs.jsonl"
    path.write_text("\n".join([good[0], "{broken", "[1, 2]", good[1]]) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0 and "Traceback" not in res.output, res.output
    (c,) = json.loads(res.stdout)
    assert c["docs"] == ["a", "b"]
    assert f"{path}:2: error E005: bad JSON" in res.stderr
    assert f"{path}:3: error E010: not a rasd/1 record" in res.stderr


def test_cluster_binary_or_foreign_file_is_an_error_line(runner, app, tmp_path: Path) -> None:
    blob = tmp_path / "blob.json"
    blob.write_bytes(b"\x8d\x00\xff" * 50)
    res = runner.invoke(app, ["cluster", str(blob)])
    assert res.exit_code == 1 and res.stderr.startswith(f"{blob}: error E003: "), res.output
    nums = tmp_path / "nums.json"
    nums.write_text("[1, 2]", encoding="utf-8")
    res = runner.invoke(app, ["cluster", str(nums)])
    assert res.exit_code == 1 and "E010" in res.stderr and "E000" not in res.output


def test_cluster_of_nothing_is_an_error_not_zero_clusters(runner, app, tmp_path: Path) -> None:
    """An empty folder printed a table of "0 clusters from 0 records", exit 0, as if the records
    had been read and nothing matched; `rasd validate` already refused it."""
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["cluster", str(tmp_path / "empty")])
    assert result.exit_code == 1 and result.stderr.strip() == "error E010: no records found"


def test_cluster_a_misshapen_record_is_e010_naming_the_field(runner, app, tmp_path: Path) -> None:
    """A record whose fields have the wrong shape ("places": 5, an actor that is text, a
    latitude in words) was `error E000: unexpected TypeError` and no cluster at all; it is
    that record's E010, naming the field, and the others are clustered."""
    bad = [
        dict(_rec("c", 3), places=5),
        dict(_rec("d", 3), doc="مقال"),
        dict(_rec("e", 3), places=[{"id": "p1", "name": "حمص", "lat": "أربعة وثلاثون", "lon": 36.7}]),
        dict(_rec("f", 3), events=[dict(_rec("f", 3)["events"][0], actors=["الجيش"])]),
        dict(_rec("g", 3), events=[dict(_rec("g", 3)["events"][0], counts={"killed": 3})]),
        dict(_rec("h", 3), events=[dict(_rec("h", 3)["events"][0], time_precision=["day"])]),
        dict(_rec("i", 3), events=[dict(_rec("i", 3)["events"][0], place=["p1"])]),
    ]
    path = tmp_path / "recs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                            for r in [_rec("a", 11), *bad, _rec("b", 14)]), encoding="utf-8")
    res = runner.invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0 and "E000" not in res.output, res.output
    (c,) = json.loads(res.stdout)
    assert c["docs"] == ["a", "b"]
    lines = res.stderr.strip().splitlines()
    assert [ln.split(": error ")[0] for ln in lines] == [f"{path}:{n}" for n in range(2, 9)]
    assert all("E010: not a rasd/1 record (" in ln for ln in lines)
    assert '"places" must be a list of objects' in lines[0] and '"doc" must be an object' in lines[1]
    assert "lat and lon must be numbers" in lines[2] and '"actors" must be a list' in lines[3]


def test_cluster_output_over_its_input_is_refused(runner, app, tmp_path: Path) -> None:
    """`rasd cluster recs.jsonl -o recs.jsonl` replaced the records with the clusters (the
    input lost); a file of a folder read is an input too. Both are E008 before any work."""
    path = tmp_path / "recs.jsonl"
    text = json.dumps(_rec("a", 11), ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    for given in (path, tmp_path):
        res = runner.invoke(app, ["cluster", str(given), "-o", str(path)])
        assert res.exit_code == 1 and res.stderr.startswith(f"error E008: cannot write {path}: it is the input")
        assert path.read_text("utf-8") == text
    res = runner.invoke(app, ["cluster", str(path), "-o", str(tmp_path / "no-dir" / "c.json")])
    assert res.exit_code == 1 and "no directory" in res.stderr
