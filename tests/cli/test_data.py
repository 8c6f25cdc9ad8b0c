"""`rasd data build/list` with a fake resource registered in the test."""
from __future__ import annotations

from pathlib import Path

import pytest

import rasd.resources as resources


@pytest.fixture
def registry(monkeypatch):
    """An empty resource registry with only what the test registers."""
    monkeypatch.setattr(resources, "_RESOURCES", {})
    monkeypatch.setattr(resources, "RESOURCE_MODULES", ())
    return resources


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    (d / "words").mkdir(parents=True)
    (d / "words" / "list.txt").write_text("بغداد\nالموصل\n", "utf-8")
    return d


def test_build_list_and_idempotence(runner, app, registry, data_dir: Path, tmp_path: Path) -> None:
    calls = []

    def build_words(src: Path, out: Path, progress) -> None:
        calls.append(src)
        progress(0.5, "reading")
        words = (src / "words" / "list.txt").read_text("utf-8").split()
        (out / "words.txt").write_text("\n".join(sorted(words)), "utf-8")
        progress(1.0, "done")

    registry.register_resource("test_words", build_words, "sorted words", sources=("words",))
    home = tmp_path / "home"
    listed = runner.invoke(app, ["data", "list", "--home", str(home)])
    assert listed.exit_code == 0 and "test_words" in listed.stdout and " no " in listed.stdout

    first = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home)])
    assert first.exit_code == 0, first.output
    assert "test_words: built" in first.stdout
    built = home / "resources" / "test_words" / "words.txt"
    assert built.read_text("utf-8") == "الموصل\nبغداد"

    second = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home)])
    assert "test_words: up to date" in second.stdout and len(calls) == 1

    forced = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home), "--force"])
    assert forced.exit_code == 0 and len(calls) == 2

    listed = runner.invoke(app, ["data", "list", "--home", str(home)])
    assert " yes " in listed.stdout


def test_a_changed_packaged_lexicon_rebuilds(runner, app, registry, monkeypatch, data_dir: Path,
                                             tmp_path: Path) -> None:
    # a rasd upgrade that edits a packaged list the builder reads (places_extra.tsv) rebuilds
    texts = {"extra.tsv": "بغداد\n"}
    monkeypatch.setattr(resources, "packaged_text", lambda name: texts[name])
    calls = []

    def build(src: Path, out: Path, progress) -> None:
        calls.append(src)
        (out / "x.txt").write_text(texts["extra.tsv"], "utf-8")
        progress(1.0, "done")

    registry.register_resource("test_extra", build, "reads a packaged list", sources=("words",),
                               packaged=("extra.tsv",))
    home = tmp_path / "home"
    args = ["data", "build", "--data-dir", str(data_dir), "--home", str(home)]
    assert "test_extra: built" in runner.invoke(app, args).stdout
    assert "test_extra: up to date" in runner.invoke(app, args).stdout
    texts["extra.tsv"] = "بغداد\nالموصل\n"
    assert "test_extra: built" in runner.invoke(app, args).stdout and len(calls) == 2


def test_failed_builder_leaves_nothing_half_written(runner, app, registry, data_dir: Path, tmp_path: Path) -> None:
    def half(src: Path, out: Path, progress) -> None:
        (out / "part.txt").write_text("half", "utf-8")
        raise OSError("disk on fire")

    registry.register_resource("test_half", half, "fails midway", sources=("words",))
    home = tmp_path / "home"
    result = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error E032: building test_half failed: OSError: disk on fire")
    res_dir = home / "resources"
    assert not (res_dir / "test_half").exists()
    assert [p.name for p in res_dir.iterdir() if p.name != "manifest.json"] == []


def test_only_and_unknown(runner, app, registry, data_dir: Path, tmp_path: Path) -> None:
    registry.register_resource("test_a", lambda s, o, p: (o / "a").write_text("a"), "a")
    registry.register_resource("test_b", lambda s, o, p: (o / "b").write_text("b"), "b")
    home = tmp_path / "home"
    result = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home), "--only", "test_b"])
    assert result.exit_code == 0
    assert (home / "resources" / "test_b").exists() and not (home / "resources" / "test_a").exists()
    bad = runner.invoke(app, ["data", "build", "--data-dir", str(data_dir), "--home", str(home), "--only", "nope"])
    assert bad.exit_code == 1 and bad.stderr.startswith("error E030: unknown resource 'nope'")


def test_missing_data_dir_explains_where_to_get_data(runner, app, registry, tmp_path: Path, monkeypatch) -> None:
    result = runner.invoke(app, ["data", "build", "--data-dir", str(tmp_path / "nowhere"), "--home", str(tmp_path)])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("error E031: data directory not found") and "docs/data.md" in line
    monkeypatch.setattr(resources, "default_data_dir", lambda: None)
    result = runner.invoke(app, ["data", "build", "--home", str(tmp_path)])
    assert result.stderr.startswith("error E031: no data directory found") and "RASD_DATA" in result.stderr


def test_new_builder_version_rebuilds(registry, data_dir: Path, tmp_path: Path) -> None:
    """A rasd upgrade that changes how a resource is built must not keep the stale one."""
    calls = []

    def build(src: Path, out: Path, progress) -> None:
        calls.append(1)
        (out / "v.txt").write_text(str(len(calls)), "utf-8")

    home = tmp_path / "home"
    registry.register_resource("test_v", build, "versioned", sources=("words",))
    registry.build_resources(data_dir, home=home)
    registry.build_resources(data_dir, home=home)
    assert len(calls) == 1
    registry.register_resource("test_v", build, "versioned", sources=("words",), version="2")
    registry.build_resources(data_dir, home=home)
    assert len(calls) == 2
    assert (home / "resources" / "test_v" / "v.txt").read_text("utf-8") == "2"
