"""An export killed with SIGKILL leaves its `.events.jsonl.PID-XXXX.part` behind; the next
export to the same file removes such parts whose process is gone (as rasd process clears its
temp files on a re-run). The part of a live export, or of another output, is left alone."""
from __future__ import annotations

import os
import subprocess
import sys

from rasd.export import write_export
from rasd.store import EventQuery


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_parts_of_the_same_output_are_removed(filled, tmp_path):
    out = tmp_path / "events.jsonl"
    dead = tmp_path / f".events.jsonl.{_dead_pid()}-k3j9x2.part"
    old_style = tmp_path / ".events.jsonl.q8w7e6r5.part"  # the naming before the PID
    live = tmp_path / f".events.jsonl.{os.getppid()}-a1b2c3.part"  # a running process
    other = tmp_path / ".other.csv.q8w7e6r5.part"
    for part in (dead, old_style, live, other):
        part.write_bytes(b'{"half": ')
    write_export(filled, EventQuery(), "jsonl", out)
    assert out.stat().st_size > 0
    assert not dead.exists() and not old_style.exists()
    assert live.exists() and other.exists()
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part"))
    assert leftovers == sorted([live.name, other.name])


def test_an_output_name_with_glob_characters_is_matched_literally(filled, tmp_path):
    out = tmp_path / "ev[1].jsonl"
    stale = tmp_path / ".ev[1].jsonl.oldpart1.part"
    near = tmp_path / ".ev1.jsonl.oldpart1.part"
    stale.write_bytes(b"x")
    near.write_bytes(b"x")
    write_export(filled, EventQuery(), "jsonl", out)
    assert not stale.exists() and near.exists()


def test_a_part_of_another_output_sharing_the_name_is_left_alone(filled, tmp_path):
    out = tmp_path / "events"
    other_new = tmp_path / f".events.csv.{_dead_pid()}-k3j9x2.part"  # an export to events.csv
    other_old = tmp_path / ".events.csv.q8w7e6r5.part"
    stale = tmp_path / f".events.{_dead_pid()}-a1b2c3.part"
    for part in (other_new, other_old, stale):
        part.write_bytes(b"x")
    write_export(filled, EventQuery(), "jsonl", out)
    assert other_new.exists() and other_old.exists() and not stale.exists()
