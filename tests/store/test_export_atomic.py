"""`rasd export -o FILE` writes beside FILE under a temporary name and renames it onto FILE
once the export is whole: the file was opened (emptied) before the store was read, so a
store that failed half way, a full disk or Ctrl-C lost the export it was replacing."""
from __future__ import annotations

import os
import stat

import pytest

import rasd.export as export_mod
from rasd.export import write_export
from rasd.store import EventQuery

OLD = b"the export of yesterday\n"


def _failing_half_way(filled, monkeypatch, exc: BaseException) -> None:
    real = filled.store.iter_events

    def iter_events(query):
        rows = real(query)
        yield next(rows)
        raise exc

    monkeypatch.setattr(filled.store, "iter_events", iter_events)


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("fmt", export_mod.FORMATS)
def test_a_store_failing_half_way_keeps_the_old_file(filled, tmp_path, monkeypatch, fmt):
    out = tmp_path / f"events.{fmt}"
    out.write_bytes(OLD)
    _failing_half_way(filled, monkeypatch, RuntimeError("connection lost"))
    with pytest.raises(RuntimeError):
        write_export(filled, EventQuery(), fmt, out)
    assert out.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_ctrl_c_keeps_the_old_file(filled, tmp_path, monkeypatch):
    out = tmp_path / "events.csv"
    out.write_bytes(OLD)
    _failing_half_way(filled, monkeypatch, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        write_export(filled, EventQuery(), "csv", out)
    assert out.read_bytes() == OLD and _leftovers(tmp_path) == []


def test_a_whole_export_replaces_the_file_and_keeps_its_mode(filled, tmp_path):
    out = tmp_path / "events.geojson"
    out.write_bytes(OLD)
    out.chmod(0o640)
    size = write_export(filled, EventQuery(), "geojson", out)
    assert out.read_bytes() == export_mod.export(filled, EventQuery(), "geojson")
    assert size == out.stat().st_size and stat.S_IMODE(out.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_umask_mode_not_mkstemps_0600(filled, tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "new.csv"
        write_export(filled, EventQuery(), "csv", out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_link_is_written_through(filled, tmp_path):
    real = tmp_path / "real.csv"
    real.write_bytes(OLD)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_export(filled, EventQuery(), "csv", link)
    assert link.is_symlink() and real.read_bytes() == export_mod.export(filled, EventQuery(), "csv")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes a read-only file")
def test_a_read_only_file_is_e008_and_stays(filled, tmp_path):
    out = tmp_path / "events.csv"
    out.write_bytes(OLD)
    out.chmod(0o444)
    with pytest.raises(export_mod.InputError) as err:
        write_export(filled, EventQuery(), "csv", out)
    assert err.value.code == "E008" and "Permission denied" in err.value.message
    assert out.read_bytes() == OLD


def test_a_device_is_written_in_place_not_renamed_over(filled):
    assert write_export(filled, EventQuery(), "csv", os.devnull) > 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
