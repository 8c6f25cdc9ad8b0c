"""Writing the output can fail after it was opened: the disk fills, a device errs, the reader of
stdout goes away. A full disk is one `error E008: cannot write PATH: No space left on device`
(it was `error E000: unexpected OSError`); a closed stdout pipe (`rasd extract … -o - | head -1`)
stops quietly with status 141, as a shell tool killed by SIGPIPE does (it was `error E000:
unexpected BrokenPipeError`)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import ARTICLE

FULL = Path("/dev/full")
needs_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")


def _batch(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) + "\n"
                            for i in range(n)), "utf-8")
    return path


@needs_full
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_full_disk_is_e008_naming_the_output(runner, app, config, tmp_path, fmt) -> None:
    src = _batch(tmp_path / "in.jsonl", 3)
    result = runner.invoke(app, ["extract", str(src), "--config", str(config), "--format", fmt,
                                 "-o", str(FULL)])
    assert result.exit_code == 1
    assert "error E008: cannot write /dev/full: No space left on device" in result.output
    assert "E000" not in result.output


@needs_full
def test_a_single_document_to_a_full_disk_is_e008(runner, app, config, tmp_path) -> None:
    src = tmp_path / "one.txt"
    src.write_text(ARTICLE, "utf-8")
    result = runner.invoke(app, ["extract", str(src), "--config", str(config), "-o", str(FULL)])
    assert result.exit_code == 1 and "error E008: cannot write /dev/full" in result.output


def test_a_closed_stdout_pipe_ends_quietly(tmp_path) -> None:
    src = _batch(tmp_path / "in.jsonl", 400)
    config = tmp_path / "text.toml"
    config.write_text('[pipeline]\nstages = ["text"]\n', "utf-8")
    code = "import sys; from rasd.cli.main import run; sys.argv[0] = 'rasd'; run()"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", code, "extract", str(src), "--config", str(config),
                             "-o", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert json.loads(proc.stdout.readline())["doc"]["id"] == "d0"
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 141, err
    assert "E000" not in err and "Traceback" not in err and "BrokenPipe" not in err
