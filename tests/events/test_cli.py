"""`rasd cluster` and the `eval gsr` entry point."""
import json

import pytest

typer_testing = pytest.importorskip("typer.testing")

from rasd.cli.main import app  # noqa: E402

RUNNER = typer_testing.CliRunner()


def _rec(doc_id, killed, source):
    return {"schema": "rasd/1", "doc": {"id": doc_id},
            "places": [{"id": "p1", "name": "حمص", "lat": 34.73, "lon": 36.72}],
            "events": [{"id": "v1", "type": "ASSAULT", "date": "2024-02-11", "place": "p1",
                        "time_precision": "day", "actors": [], "source": {"text": source},
                        "counts": {"killed": {"value": killed, "qualifier": "exact"}}}]}


def test_cluster_json(tmp_path):
    path = tmp_path / "recs.jsonl"
    path.write_text("\n".join(json.dumps(_rec(i, k, s), ensure_ascii=False)
                              for i, k, s in [("a", 11, "الوزارة"), ("b", 14, "المرصد")]), encoding="utf-8")
    res = RUNNER.invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0, res.output
    (c,) = json.loads(res.output)
    assert c["docs"] == ["a", "b"] and [x["value"] for x in c["counts"]["killed"]] == [11, 14]


def test_cluster_writes_output_file(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(_rec("a", 1, "x")), encoding="utf-8")
    out = tmp_path / "out.json"
    res = RUNNER.invoke(app, ["cluster", str(tmp_path), "-o", str(out)])
    assert res.exit_code == 0 and len(json.loads(out.read_text("utf-8"))) == 1


def test_cluster_missing_file_is_one_line_error(tmp_path):
    res = RUNNER.invoke(app, ["cluster", str(tmp_path / "nope.json")])
    assert res.exit_code != 0 and "E008" in res.output and "Traceback" not in res.output


def test_eval_gsr_missing_data_dir_errors(tmp_path):
    from rasd.cli.events import eval_gsr_cmd
    from rasd.errors import RasdError
    with pytest.raises(RasdError):
        eval_gsr_cmd(data_dir=tmp_path, as_json=True)
