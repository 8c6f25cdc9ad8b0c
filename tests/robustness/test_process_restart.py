"""`rasd process` after a crash: a re-run finishes the job and clears the dead run's temp files."""
from __future__ import annotations

import json

from rasd.bench.corpus import articles
from rasd.scale.process import process_path

CONFIG = '[pipeline]\nstages = ["text"]\n'


def test_rerun_after_a_kill_mid_write_clears_temps_and_matches(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    items = articles(12, seed=3, events=(1, 2))
    for k in range(3):
        (src / f"part-{k}.jsonl").write_text(
            "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items[4 * k:4 * k + 4]), "utf-8")
    clean = tmp_path / "clean"
    process_path(src, clean, config_toml=CONFIG)
    # The state a SIGKILL during shard 1's write leaves: shard 0 done, a half-written temp.
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-0.jsonl").write_bytes((clean / "part-0.jsonl").read_bytes())
    (out / ".part-1.jsonl.tmp-99999").write_text('{"half": ', "utf-8")
    report = process_path(src, out, config_toml=CONFIG)
    assert report.shards_skipped == 1 and report.shards_done == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in clean.iterdir())
    for name in ("part-0.jsonl", "part-1.jsonl", "part-2.jsonl"):
        assert (out / name).read_bytes() == (clean / name).read_bytes()
