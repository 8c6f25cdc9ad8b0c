"""`rasd train ner` refuses bad source lists at once, before minutes of cluster training."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("args, says", [
    (["--sources", "anercorp,newswire"], "unknown training sources ['newswire']"),
    (["--sources", "anercorp", "--private-sources", "wojood"],
     "private sources not among the training sources: ['wojood']"),
])
def test_bad_sources_are_a_config_error(runner, app, tmp_path: Path, args, says) -> None:
    out = tmp_path / "model"
    res = runner.invoke(app, ["train", "ner", "--data-dir", str(tmp_path), "--out", str(out), *args])
    assert res.exit_code == 1
    assert "E020" in res.stderr and says in res.stderr
    assert "Traceback" not in res.stderr
    assert not out.exists()  # nothing was trained or written


def test_private_sources_option() -> None:
    from rasd.cli.ner import private_sources_option
    assert private_sources_option(None) is None  # the default: wojood when it is a source
    assert private_sources_option("none") == ()
    assert private_sources_option("wojood,aqmar-dev") == ("wojood", "aqmar-dev")
