"""`rasd ingest`, `rasd export`, `rasd demo`, `rasd serve --get` through the real CLI."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.samples import sample_articles

runner = CliRunner()


def test_cli_demo_export_and_get(tmp_path):
    db = str(tmp_path / "demo.db")
    result = runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert "added 10" in result.output
    out = tmp_path / "syria.csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--country", "SY",
                                 "--type", "ASSAULT", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert len(rows) == 4 and {r["country"] for r in rows} == {"SY"}
    result = runner.invoke(app, ["serve", "--db", db, "--get", "/api/stats?type=DISPLACE"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"] == 2
    missing = runner.invoke(app, ["serve", "--db", db, "--get", "/api/events/none-v1"])
    assert missing.exit_code == 1 and json.loads(missing.stdout)["code"] == "E041"


def test_cli_ingest_reports_and_fails_cleanly(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    src = tmp_path / "in.jsonl"
    arts = sample_articles()[:2] + [{"id": "en", "text": "Nothing Arabic in this one at all."}]
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts), "utf-8")
    config = tmp_path / "text.toml"
    config.write_text('[pipeline]\nstages = ["text"]\n', "utf-8")
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", str(src), "--db", db, "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "added 2" in result.output and "failed 1" in result.output and "E002" in result.output
    # --strict: a failed item makes the exit status 1 (as rasd extract --strict), the rest stored
    strict = runner.invoke(app, ["ingest", str(src), "--db", str(tmp_path / "strict.db"),
                                 "--config", str(config), "--strict"])
    assert strict.exit_code == 1 and "added 2" in strict.output and "failed 1" in strict.output
    bad = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--from", "March",
                              "-o", str(tmp_path / "x.csv")])
    assert bad.exit_code == 1 and "error E043" in bad.output and "Traceback" not in bad.output


def test_cli_ingest_max_bytes_lowers_and_raises_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    config = tmp_path / "text.toml"
    config.write_text('[pipeline]\nstages = ["text"]\n', "utf-8")
    text = "قتل ثلاثة مدنيين في قصف على حلب. " * 40  # ~2.3 KB of UTF-8
    size = len(text.encode("utf-8"))
    (tmp_path / "one.txt").write_text(text, "utf-8")
    line = json.dumps({"id": "two", "text": text + " وأضاف."}, ensure_ascii=False)
    (tmp_path / "two.jsonl").write_text(line + "\n", "utf-8")
    inputs = [str(tmp_path / "one.txt"), str(tmp_path / "two.jsonl")]
    db = str(tmp_path / "cli.db")
    small = runner.invoke(app, ["ingest", *inputs, "--db", db, "--config", str(config),
                                "--max-bytes", str(size // 2)])
    assert small.exit_code == 0, small.output
    assert "added 0" in small.output and "failed 2" in small.output and "E004" in small.output
    big = runner.invoke(app, ["ingest", *inputs, "--db", db, "--config", str(config),
                              "--max-bytes", str(size * 2)])
    assert big.exit_code == 0, big.output
    assert "added 2" in big.output, big.output


def test_ingest_sources_max_bytes_reaches_the_final_check(tmp_path):
    """A limit raised above the 2 MiB default must hold all the way, not only when reading."""
    from rasd import load_pipeline
    from rasd.app import Rasd
    from rasd.ingest import ingest_sources
    from rasd.store import open_store

    big = "قتل ثلاثة مدنيين في قصف على حلب. " * 70_000  # ~2.3 MB: over the default
    (tmp_path / "big.txt").write_text(big, "utf-8")
    rasd = Rasd(open_store(str(tmp_path / "x.db")), load_pipeline('[pipeline]\nstages = ["text"]\n'))
    try:
        refused = ingest_sources(rasd, [str(tmp_path / "big.txt")])
        assert refused.added == 0 and refused.failures[0]["code"] == "E004"
        report = ingest_sources(rasd, [str(tmp_path / "big.txt")], max_bytes=4 * 1024 * 1024)
        assert report.added == 1, report.failures
    finally:
        rasd.close()


def test_cli_export_to_an_unwritable_path_is_one_error_line(tmp_path):
    db = str(tmp_path / "demo.db")
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db]).exit_code == 0
    for out in (tmp_path / "no-such-dir" / "x.csv", tmp_path):
        result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)])
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert result.output.startswith("error E008: cannot write"), result.output


def test_cli_export_from_a_store_that_does_not_exist_is_an_error(tmp_path):
    """A mistyped --db created an empty store and exported nothing, as if there were no events."""
    typo = tmp_path / "tpyo.db"
    result = runner.invoke(app, ["export", "--db", str(typo), "--format", "csv",
                                 "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 1 and result.output.startswith("error E008: no store at"), result.output
    assert not typo.exists() and not (tmp_path / "x.csv").exists()


def test_cli_watch_interval_below_one_second_is_a_usage_error(tmp_path):
    """--interval -5 ran a first round, then died with 'error E000: unexpected ValueError:
    sleep length must be non-negative'; it is refused up front now."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(sample_articles()[0], ensure_ascii=False) + "\n", "utf-8")
    db = tmp_path / "w.db"
    result = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--watch", "--interval", "-5"])
    assert result.exit_code == 2 and "--interval" in result.output and "E000" not in result.output
    assert not db.exists()  # nothing ran


def test_cli_serve_get_prints_exports_as_served(tmp_path):
    """`serve --get /api/export.csv` was 'error E000: unexpected JSONDecodeError': only JSON
    answers could be printed. Non-JSON answers are now written as the bytes served."""
    db = str(tmp_path / "demo.db")
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db]).exit_code == 0
    out = tmp_path / "x.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["serve", "--db", db, "--get", "/api/export.csv"])
    assert result.exit_code == 0 and result.stdout_bytes == out.read_bytes()
    page = runner.invoke(app, ["serve", "--db", db, "--get", "/"])
    assert page.exit_code == 0 and page.stdout.lstrip().startswith("<!doctype html>")


def test_cli_serve_port_out_of_range_is_a_usage_error():
    """--port 99999 was passed on to the server, which served on another port (99999 mod 65536)."""
    result = runner.invoke(app, ["serve", "--port", "99999"])
    assert result.exit_code == 2 and "--port" in result.output


def test_cli_export_to_a_dash_writes_stdout(tmp_path):
    """`-o -` made a file named '-' (extract's `-o -` is stdout)."""
    db = str(tmp_path / "demo.db")
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db]).exit_code == 0
    out = tmp_path / "x.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", "-"])
    assert result.exit_code == 0 and result.stdout_bytes == out.read_bytes()
    assert "wrote stdout" in result.stderr


def test_cli_export_over_its_own_store_is_refused(tmp_path):
    """`export --db rasd.db -o rasd.db` wrote the CSV over the store it read."""
    db = tmp_path / "demo.db"
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(db)])
    assert result.exit_code == 1 and "error E008: cannot write" in result.output, result.output
    assert db.read_bytes().startswith(b"SQLite format 3")  # still the store
    stats = runner.invoke(app, ["serve", "--db", str(db), "--get", "/api/stats"])
    assert stats.exit_code == 0 and json.loads(stats.stdout)["documents"] == 10


def test_cli_export_takes_every_filter_of_the_api(tmp_path):
    """--has-count and --cluster were the API's only: the same export needed the API."""
    db = str(tmp_path / "demo.db")
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db]).exit_code == 0
    for flag, query in (("--has-count", "has_count=true"), ("--no-count", "has_count=false")):
        cli = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", "-", flag])
        api = runner.invoke(app, ["serve", "--db", db, "--get", f"/api/export.csv?{query}"])
        assert cli.exit_code == api.exit_code == 0 and cli.stdout_bytes == api.stdout_bytes
    first = json.loads(runner.invoke(app, ["serve", "--db", db, "--get", "/api/events?limit=1"]).stdout)
    cluster = first["items"][0]["cluster_id"]
    cli = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", "-", "--cluster", cluster])
    rows = list(csv.DictReader(io.StringIO(cli.stdout)))
    assert cli.exit_code == 0 and rows and first["items"][0]["id"] in {r["event_id"] for r in rows}


def test_cli_export_interrupted_says_the_old_file_is_kept(tmp_path, monkeypatch):
    """Ctrl-C in `rasd export -o FILE` said 'interrupted' only: FILE is replaced once the export
    is whole, so what it holds is said (exit 130, never a traceback)."""
    import rasd.export as export_mod

    db = str(tmp_path / "demo.db")
    assert runner.invoke(app, ["demo", "--annotated", "--no-serve", "--db", db]).exit_code == 0

    def ctrl_c(fh, chunks):
        fh.write(next(iter(chunks)))
        raise KeyboardInterrupt

    monkeypatch.setattr(export_mod, "_write_all", ctrl_c)
    old = tmp_path / "old.csv"
    old.write_text("يوم أمس\n", "utf-8")
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(old)])
    assert result.exit_code == 130 and result.output.strip() == f"interrupted: {old} is as it was"
    assert old.read_text("utf-8") == "يوم أمس\n"
    new = tmp_path / "new.csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(new)])
    assert result.exit_code == 130 and result.output.strip() == f"interrupted: {new} was not written"
    assert not new.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
