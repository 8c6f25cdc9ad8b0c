"""`rasd extract` on every input kind: records validate against the article text."""
from __future__ import annotations

import json
from pathlib import Path

from rasd.model import sha256_text
from rasd.model.validate import validate_record
from tests.cli.conftest import ARTICLE, records_of

HTML = f"""<!doctype html><html><head><title>قصف في الموصل</title>
<meta property="article:published_time" content="2024-02-12T08:00:00Z"></head>
<body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>قصف في الموصل</h1>
<p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def extract(runner, app, *args, input=None):
    result = runner.invoke(app, ["extract", *map(str, args)], input=input)
    assert "Traceback" not in result.output
    return result


def test_txt_file(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    result = extract(runner, app, f, "--config", config, "--published", "2024-02-12")
    assert result.exit_code == 0, result.output
    (rec,) = records_of(result.stdout)
    assert validate_record(rec, ARTICLE) == []
    assert rec["doc"]["sha256"] == sha256_text(ARTICLE)
    assert rec["doc"]["published"] == "2024-02-12"
    names = [m["text"] for e in rec["entities"] for m in e["mentions"]]
    assert names == ["بغداد", "الموصل", "القاهرة"]


def test_html_page_main_text_title_and_date(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, "utf-8")
    result = extract(runner, app, f, "--config", config)
    assert result.exit_code == 0, result.output
    (rec,) = records_of(result.stdout)
    assert rec["doc"]["title"] == "قصف في الموصل"
    assert rec["doc"]["published"] == "2024-02-12"
    from rasd.io import read_input

    text = read_input(f).items[0].article.text
    assert "الرئيسية" not in text and "بالموصل" in text
    assert validate_record(rec, text) == []
    assert any(m["text"] == "الموصل" for e in rec["entities"] for m in e["mentions"])


def test_published_option_overrides_html_date(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, "utf-8")
    result = extract(runner, app, f, "--config", config, "--published", "2023-01-05")
    assert records_of(result.stdout)[0]["doc"]["published"] == "2023-01-05"


def test_jsonl_batch_keeps_ids_and_order(runner, app, config, tmp_path: Path) -> None:
    lines = [{"id": f"a{i}", "text": ARTICLE + " " * i, "date": "2024-02-1" + str(i), "title": "عنوان",
              "outlet": "وكالة", "url": f"http://x/{i}"} for i in range(3)]
    lines[1]["published"] = lines[1].pop("date")
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    out = tmp_path / "out.jsonl"
    result = extract(runner, app, f, "--config", config, "-o", out)
    assert result.exit_code == 0, result.output
    recs = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [r["doc"]["id"] for r in recs] == ["a0", "a1", "a2"]
    assert [r["doc"]["published"] for r in recs] == ["2024-02-10", "2024-02-11", "2024-02-12"]
    assert recs[2]["doc"]["url"] == "http://x/2" and recs[0]["doc"]["outlet"] == "وكالة"
    for r, x in zip(recs, lines):
        assert validate_record(r, x["text"]) == []
    assert "3 processed, 0 skipped" in result.stderr


def test_jsonl_as_json_array(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "x", "text": ARTICLE}) + "\n" + json.dumps({"id": "y", "text": ARTICLE}),
                 "utf-8")
    result = extract(runner, app, f, "--config", config, "--format", "json")
    data = json.loads(result.stdout)
    assert [r["doc"]["id"] for r in data] == ["x", "y"]


def test_stdin_text(runner, app, config) -> None:
    result = extract(runner, app, "-", "--config", config, input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    (rec,) = records_of(result.stdout)
    assert validate_record(rec, ARTICLE) == []


def test_stdin_jsonl(runner, app, config) -> None:
    data = "\n".join(json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) for i in ("s1", "s2"))
    result = extract(runner, app, "-", "--config", config, input=data.encode("utf-8"))
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["s1", "s2"]


def test_output_file_and_jsonl_format_for_single(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    out = tmp_path / "rec.jsonl"
    result = extract(runner, app, f, "--config", config, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0
    assert len(out.read_text("utf-8").splitlines()) == 1


def test_bad_published_date(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    result = extract(runner, app, f, "--config", config, "--published", "12/02/2024")
    assert result.exit_code == 1 and "error E006" in result.stderr


def test_bad_config_is_one_line(runner, app, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[pipeline]\nstages = ["test_mentions"]\n', "utf-8")  # needs tokens: bad order
    result = extract(runner, app, f, "--config", cfg)
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("error E020") and len(result.stderr.strip().splitlines()) == 1


def test_unexpected_error_is_e000_with_debug_hint(runner, app, config, tmp_path: Path, monkeypatch) -> None:
    import rasd.cli.extract as mod

    def boom(*a, **k):
        raise ValueError("kaboom")

    monkeypatch.setattr(mod, "open_input", boom)
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    result = extract(runner, app, f, "--config", config)
    assert result.exit_code == 1
    assert result.stderr.startswith("error E000:") and "--debug" in result.stderr
    debug = runner.invoke(app, ["extract", str(f), "--config", str(config), "--debug"])
    assert isinstance(debug.exception, ValueError)


def test_failing_stage_is_reported_per_line_in_batch(runner, app, tmp_path: Path) -> None:
    from rasd.pipeline.registry import register_stage

    class Picky:
        name, requires, assigns = "test_picky", ("text",), ()

        def __call__(self, doc):
            if "سيء" in doc.text:
                raise RuntimeError("cannot stand it")
            return doc

    register_stage("test_picky")(lambda c, r=None: Picky())
    cfg = tmp_path / "p.toml"
    cfg.write_text('[pipeline]\nstages = ["text", "test_picky"]\n', "utf-8")
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "ok", "text": "قصف بغداد"}) + "\n" + json.dumps({"id": "bad", "text": ARTICLE}),
                 "utf-8")
    result = extract(runner, app, f, "--config", cfg)
    assert [r["doc"]["id"] for r in records_of(result.stdout)] == ["ok"]
    assert f"{f}:2: error E021: stage test_picky: RuntimeError: cannot stand it" in result.stderr
    assert "1 processed, 1 skipped" in result.stderr
    strict = extract(runner, app, f, "--config", cfg, "--strict")
    assert strict.exit_code == 1


def test_version(runner, app) -> None:
    import rasd

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"rasd {rasd.__version__}"


def test_published_is_a_fallback_for_json_lines(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "dated", "text": ARTICLE, "date": "2015-07-21T09:00:00"}) + "\n"
                 + json.dumps({"id": "undated", "text": ARTICLE}) + "\n", "utf-8")
    result = extract(runner, app, f, "--config", config, "--published", "2024-02-12")
    assert [r["doc"]["published"] for r in records_of(result.stdout)] == ["2015-07-21", "2024-02-12"]


def test_published_must_be_iso_with_dashes(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, "utf-8")
    for bad in ("20240212", "2024-02-30"):
        result = extract(runner, app, f, "--config", config, "--published", bad)
        assert result.exit_code == 1 and result.stderr.startswith("error E006"), bad


def test_single_json_article_and_html_on_stdin(runner, app, config, tmp_path: Path) -> None:
    f = tmp_path / "article.json"
    f.write_text(json.dumps({"id": "j1", "text": ARTICLE, "title": "عنوان"}, ensure_ascii=False, indent=2),
                 "utf-8")
    (rec,) = records_of(extract(runner, app, f, "--config", config).stdout)
    assert rec["doc"]["id"] == "j1" and validate_record(rec, ARTICLE) == []
    result = extract(runner, app, "-", "--config", config, input=HTML.encode("utf-8"))
    assert records_of(result.stdout)[0]["doc"]["title"] == "قصف في الموصل"
