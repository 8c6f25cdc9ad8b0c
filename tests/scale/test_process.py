"""Batch processing: engines agree byte for byte, shards are atomic and resumable."""
from __future__ import annotations

import json

import pytest

from rasd.scale.process import process_path
from rasd.scale.shards import plan_shards, read_items

CONFIG = '[pipeline]\nstages = ["text"]\n'
ARTICLES = [
    {"id": "a1", "text": "قتل ثلاثة مدنيين في قصف على حلب يوم الأحد.", "date": "2024-02-12"},
    {"id": "a2", "text": "تظاهر المئات في بغداد. وقال متحدث: «نطالب بالإصلاح»."},
    {"id": "a3", "text": ""},
    {"id": "a4", "text": "فرّ أكثر من ألفي شخص من الباغوز، حسبما أفاد ناشطون."},
]


def _write_jsonl(path, items, extra_lines=()):
    with path.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")


@pytest.fixture
def shard_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    _write_jsonl(d / "part-0.jsonl", ARTICLES[:2])
    _write_jsonl(d / "part-1.jsonl", ARTICLES[2:], extra_lines=["{broken json"])
    return d


def test_local_process_writes_one_record_per_good_article(shard_dir, tmp_path):
    out = tmp_path / "out"
    report = process_path(shard_dir, out, config_toml=CONFIG, batch_size=1)
    assert report.documents == 3 and report.failures == 2
    recs = [json.loads(line) for line in (out / "part-0.jsonl").read_text("utf-8").splitlines()]
    assert [r["doc"]["id"] for r in recs] == ["a1", "a2"]
    failures = [json.loads(line) for line in (out / "part-1.failures.jsonl").read_text("utf-8").splitlines()]
    assert {f["code"] for f in failures} == {"E005", "E001"}  # bad JSON; empty text


def test_rerun_skips_finished_shards(shard_dir, tmp_path):
    out = tmp_path / "out"
    process_path(shard_dir, out, config_toml=CONFIG)
    (out / "part-1.jsonl").unlink()  # as if the run died before finishing shard 1
    before = (out / "part-0.jsonl").stat().st_mtime_ns
    report = process_path(shard_dir, out, config_toml=CONFIG)
    assert report.shards_skipped == 1 and report.shards_done == 1
    assert (out / "part-0.jsonl").stat().st_mtime_ns == before
    assert (out / "part-1.jsonl").exists()


def test_no_temp_files_left(shard_dir, tmp_path):
    out = tmp_path / "out"
    process_path(shard_dir, out, config_toml=CONFIG)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_pool_of_two_matches_single_process(shard_dir, tmp_path):
    process_path(shard_dir, tmp_path / "one", config_toml=CONFIG, workers=1, batch_size=1)
    process_path(shard_dir, tmp_path / "two", config_toml=CONFIG, workers=2, batch_size=1)
    for name in ("part-0.jsonl", "part-1.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_parquet_round_trip(tmp_path, need):
    pa = need("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([ARTICLES[0], ARTICLES[1]]), src)
    out = tmp_path / "out.parquet"
    process_path(src, out, config_toml=CONFIG)
    rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert json.loads(rows[0]["record"])["schema"] == "rasd/1"


def test_single_file_output_path(tmp_path):
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, ARTICLES[:2])
    [shard] = plan_shards(src, tmp_path / "res.jsonl")
    assert shard.output.name == "res.jsonl"
    process_path(src, tmp_path / "res.jsonl", config_toml=CONFIG)
    assert len(list(read_items(tmp_path / "res.jsonl"))) == 2


def test_ray_engine_is_byte_identical_to_local(shard_dir, tmp_path, need):
    need("ray", why="(the ray engine needs rasd[ray])")
    # Many one-article batches of very different lengths: the Ray executor hands each to
    # whichever worker is free, so they finish out of order; the output must not be.
    varied = [{"id": f"v{k}", "text": ARTICLES[k % 2]["text"] * (1 + (k * 7) % 40)} for k in range(14)]
    _write_jsonl(shard_dir / "part-2.jsonl", varied)
    process_path(shard_dir, tmp_path / "local", config_toml=CONFIG, engine="local", batch_size=1)
    process_path(shard_dir, tmp_path / "ray", config_toml=CONFIG, engine="ray", workers=2, batch_size=1)
    ids = [json.loads(line)["doc"]["id"] for line in (tmp_path / "ray" / "part-2.jsonl").open(encoding="utf-8")]
    assert ids == [f"v{k}" for k in range(14)]
    for name in ("part-0.jsonl", "part-1.jsonl", "part-1.failures.jsonl", "part-2.jsonl"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "ray" / name).read_bytes()


def test_one_worker_can_run_in_a_fresh_process():
    from rasd.scale.local import LocalExecutor

    items = [a for a in ARTICLES if a["text"]]
    cold = LocalExecutor(workers=1, config_toml=CONFIG, in_process=False)
    try:
        assert cold._pool is not None  # the scaling bench relies on a cold worker
        pooled = list(cold.map_batches([items]))
    finally:
        cold.close()
    inline = list(LocalExecutor(workers=1, config_toml=CONFIG).map_batches([items]))
    assert pooled == inline


def test_cli_process_errors_are_one_line_never_a_traceback(shard_dir, tmp_path):
    """`rasd process --config missing.toml` printed a FileNotFoundError traceback."""
    from typer.testing import CliRunner

    from rasd.cli.main import app

    runner = CliRunner()
    for args, code in (([str(shard_dir), str(tmp_path / "o"), "--config", str(tmp_path / "nope.toml")], "E008"),
                       ([str(tmp_path / "nope.jsonl"), str(tmp_path / "o")], "E008"),
                       ([str(shard_dir), str(tmp_path / "o"), "--engine", "spark"], "E020")):
        result = runner.invoke(app, ["process", *args])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert f"error {code}: " in result.stderr, result.stderr


def test_process_checks_lines_as_extract_does(tmp_path):
    """`rasd process` wrote a record for an English article and copied "published":
    "yesterday" into doc.published (and the event dates): a record the schema refuses.
    Its lines are now read as extract and ingest read them."""
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [dict(ARTICLES[0], id="bad-date", date="yesterday"),
                       {"id": "en", "text": "Protesters gathered in the main square on Sunday."},
                       {"id": "notext", "title": "بلا نص"}])
    out = tmp_path / "out.jsonl"
    report = process_path(src, out, config_toml=CONFIG, batch_size=2)
    assert report.documents == 1 and report.failures == 2
    (rec,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rec["doc"]["id"] == "bad-date" and rec["doc"]["published"] is None
    failed = {f["doc_id"]: f["code"] for f in report.failed}
    assert failed == {"en": "E002", "notext": "E006"}


def test_cli_process_input_errors_come_before_the_progress_bar(shard_dir, tmp_path):
    """A missing input drew an empty `process 0/0` bar, then the error: now the one line alone."""
    from typer.testing import CliRunner

    from rasd.cli.main import app

    runner = CliRunner()
    for args, code in (([str(tmp_path / "nope.jsonl"), str(tmp_path / "o")], "E008"),
                       ([str(shard_dir), str(tmp_path / "o"), "--engine", "spark"], "E020")):
        result = runner.invoke(app, ["process", *args])
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith(f"error {code}: "), lines
