"""`rasd bench` dispatch and the text benchmark on an invented mini treebank."""
from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import rasd.bench
from rasd.bench import text as text_bench

CONLLU = """# newdoc id = d1
# sent_id = s1
# text = قال الوزير إنه زار بالموصل.
1\tقال\t_\tVERB\t_\t_\t0\troot\t_\t_
2\tالوزير\t_\tNOUN\t_\t_\t1\tnsubj\t_\t_
3\tإن\t_\tPART\t_\t_\t5\tmark\t_\tSpaceAfter=No
4\tه\t_\tPRON\t_\t_\t5\tnsubj\t_\t_
5\tزار\t_\tVERB\t_\t_\t1\tccomp\t_\t_
6\tب\t_\tADP\t_\t_\t7\tcase\t_\tSpaceAfter=No
7\tالموصل\t_\tPROPN\t_\t_\t5\tobl\t_\tSpaceAfter=No
8\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_

# newdoc id = d1
# sent_id = s2
# text = وعاد أمس
1\tو\t_\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No
2\tعاد\t_\tVERB\t_\t_\t0\troot\t_\t_
3\tأمس\t_\tADV\t_\t_\t2\tobl\t_\t_

"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data" / "ud-arabic-pud"
    d.mkdir(parents=True)
    (d / "ar_pud-ud-test.conllu").write_text(CONLLU, "utf-8")
    return tmp_path / "data"


def test_text_bench_figures(data_dir: Path) -> None:
    out = text_bench.run(data_dir=data_dir, examples=5, target_mb=0.001)
    assert out["sentences"] == 2
    # "…بالموصل. وعاد أمس": one inner boundary, found
    assert out["sentence_f1"] == 1.0
    # gold: قال الوزير إن ه زار ب الموصل . و عاد أمس = 11 segments, all predicted
    assert out["segment_f1"] == 1.0
    assert out["segment_f1_no_split_baseline"] < 1.0
    assert out["throughput_mb_s"] > 0


def test_missed_boundary_lowers_recall(tmp_path: Path) -> None:
    sents = [text_bench.Sentence("d", "قال الوزير"), text_bench.Sentence("d", "وعاد أمس")]
    (p, r, f), shown = text_bench.sentence_scores(sents, " ", examples=1)
    assert r == 0.0 and f == 0.0 and shown and shown[0].startswith("missed boundary")
    (p, r, f), _ = text_bench.sentence_scores(sents, "\n")
    assert f == 1.0


def test_unaligned_sentence_is_left_out() -> None:
    assert text_bench._align("للأمم", ["ل", "الأمم"]) == []
    assert text_bench._align("للأمم", ["ل", "لأمم"]) == [(0, 1), (1, 5)]


def test_bench_cli_json_and_missing(runner, app, data_dir: Path, monkeypatch) -> None:
    fake = types.ModuleType("rasd.bench.fake_test")
    fake.run = lambda *, data_dir, examples=None: {"answer": 42.0, "where": str(data_dir)}
    monkeypatch.setitem(sys.modules, "rasd.bench.fake_test", fake)
    monkeypatch.setattr(rasd.bench, "BENCHES", ("fake_test", "does_not_exist"))
    result = runner.invoke(app, ["bench", "all", "--json", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["results"]["fake_test"] == {"answer": 42.0, "where": str(data_dir)}
    assert data["missing"] == ["does_not_exist"]
    table = runner.invoke(app, ["bench", "all", "--data-dir", str(data_dir)])
    assert "answer" in table.stdout and "42.0000" in table.stdout
    assert "bench does_not_exist: not written yet" in table.stdout


def test_bench_failure_is_reported_not_raised(runner, app, data_dir: Path, monkeypatch) -> None:
    broken = types.ModuleType("rasd.bench.broken_test")

    def run(*, data_dir):
        raise ZeroDivisionError("oops")

    broken.run = run
    monkeypatch.setitem(sys.modules, "rasd.bench.broken_test", broken)
    monkeypatch.setattr(rasd.bench, "BENCHES", ("broken_test",))
    result = runner.invoke(app, ["bench", "all", "--data-dir", str(data_dir)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "bench broken_test: error E000: unexpected ZeroDivisionError: oops" in result.stdout


def test_unknown_what_and_missing_data(runner, app, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["bench", "nonsense"])
    assert bad.exit_code == 2 and "is not one of" in bad.output and "E000" not in bad.output
    result = runner.invoke(app, ["bench", "text", "--data-dir", str(tmp_path / "none")])
    assert result.exit_code == 1 and result.stderr.startswith("error E031")
