"""`rasd cluster` refuses an event without an id or a type (`{}`): it was clustered alone and
listed as a "None None" cluster. Such a record is one `where: error E010` line and the good
records are still clustered; an undated event shows "-" as its date, as a place does."""
from __future__ import annotations

import json
from pathlib import Path

import pytest


def _rec(doc_id: str, event: dict) -> dict:
    return {"schema": "rasd/1", "doc": {"id": doc_id}, "places": [], "events": [event]}


GOOD = {"id": "v1", "type": "PROTEST", "date": "2023-06-04", "place": None, "actors": [], "counts": {}}


@pytest.mark.parametrize("event, why", [({}, '"id"'), ({"id": "v2"}, '"type"'),
                                        ({"id": "v2", "type": None}, '"type"'), ({"id": 7, "type": "PROTEST"}, '"id"')])
def test_an_event_without_id_or_type_is_e010(runner, app, tmp_path: Path, event, why) -> None:
    path = tmp_path / "recs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [_rec("a", GOOD), _rec("b", event)]) + "\n", "utf-8")
    res = runner.invoke(app, ["cluster", str(path), "--json"])
    assert res.exit_code == 0, res.output
    assert f"{path}:2: error E010: not a rasd/1 record" in res.stderr and why in res.stderr
    (c,) = json.loads(res.stdout)
    assert c["docs"] == ["a"] and c["type"] == "PROTEST"


def test_only_empty_events_is_exit_1_and_no_none_cluster(runner, app, tmp_path: Path) -> None:
    path = tmp_path / "recs.jsonl"
    path.write_text(json.dumps(_rec("a", {})) + "\n", "utf-8")
    res = runner.invoke(app, ["cluster", str(path)])
    assert res.exit_code == 1 and "E010" in res.stderr and "None" not in res.stdout


def test_an_undated_event_shows_a_dash(runner, app, tmp_path: Path) -> None:
    path = tmp_path / "recs.jsonl"
    path.write_text(json.dumps(_rec("a", dict(GOOD, date=None))) + "\n", "utf-8")
    res = runner.invoke(app, ["cluster", str(path)])
    assert res.exit_code == 0 and "PROTEST" in res.stdout and "None" not in res.stdout
