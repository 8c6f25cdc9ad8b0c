"""Event tuples: type, 25 km, ±1 day / containment, one-to-one matching, counts and sources."""
from __future__ import annotations

import copy

import pytest

from rasd.eval.events import figures_events, score_events


def _score(gold, pred):
    return figures_events(score_events(gold, pred))


def test_perfect_and_empty(gold, pred):
    f = _score(gold, pred)
    assert (f["p"], f["r"], f["f1"], f["count_acc"], f["source_acc"]) == (1.0,) * 5
    assert set(f["per_type"]) == {"ASSAULT", "DISPLACE", "COERCE"}
    empty = _score(gold, {"doc": {"id": "doc1"}})
    assert (empty["r"], empty["f1"], empty["count_acc"], empty["source_acc"]) == (0.0,) * 4


def test_type_must_agree(gold, pred):
    pred["events"][0]["type"] = "PROTEST"
    f = _score(gold, pred)
    assert (f["tp"], f["fp"], f["fn"]) == (2, 1, 1)
    assert f["per_type"]["ASSAULT"]["r"] == 0.0 and f["per_type"]["PROTEST"]["p"] == 0.0


@pytest.mark.parametrize("lat,ok", [(35.6137 + 0.2, True),    # ~22 km north
                                    (35.6137 + 0.25, False)])  # ~28 km north
def test_place_within_25km(gold, pred, lat, ok):
    pred["places"][0]["lat"] = lat
    assert _score(gold, pred)["per_type"]["ASSAULT"]["tp"] == int(ok)


def test_place_null_rules(gold, pred):
    pred["events"][0]["place"] = None                  # gold has a place: no match
    assert _score(gold, pred)["per_type"]["ASSAULT"]["tp"] == 0
    pred["events"][0]["place"] = "p404"                # dangling id counts as null
    assert _score(gold, pred)["per_type"]["ASSAULT"]["tp"] == 0
    pred["events"][1]["place"] = "p404"                # gold null vs dangling: both null
    pred["places"][2].update(lat=None, lon=None)       # place without coordinates = null
    gold["places"][2].update(lat=None, lon=None)
    f = _score(gold, pred)
    assert f["per_type"]["DISPLACE"]["tp"] == 1 and f["per_type"]["COERCE"]["tp"] == 1


@pytest.mark.parametrize("date,precision,ok", [
    ("2024-02-12", "day", True), ("2024-02-10", "day", True), ("2024-02-13", "day", False),
    ("2024-02", "month", True), ("2024-01", "month", False), ("2024", "year", True),
    ("2024-02-12", "week", True), ("2024-02-20", "week", False), (None, "unknown", False),
])
def test_date_rule(gold, pred, date, precision, ok):
    pred["events"][0].update(date=date, time_precision=precision)
    assert _score(gold, pred)["per_type"]["ASSAULT"]["tp"] == int(ok)


def test_month_gold_contains_day_prediction(gold, pred):
    pred["events"][2].update(date="2024-01-17", time_precision="day")
    assert _score(gold, pred)["per_type"]["COERCE"]["tp"] == 1


def test_one_to_one_best_first(gold, pred):
    # Gold shellings of the same town on the 12th (listed first) and the 10th. Prediction X
    # (the 11th, listed first) fits both, Y (the 12th) only the first. Taking the closest pair
    # first gives 2 matches where first-come matching would pair X with the 12th and lose one.
    gold["events"][0]["date"] = "2024-02-12"
    gold["events"].append(dict(copy.deepcopy(gold["events"][0]), id="v4", date="2024-02-10"))
    x = dict(copy.deepcopy(pred["events"][0]), id="x", date="2024-02-11")
    y = dict(copy.deepcopy(pred["events"][0]), id="y", date="2024-02-12")
    pred["events"][0:1] = [x, y]
    assert _score(gold, pred)["per_type"]["ASSAULT"]["tp"] == 2
    # A single prediction can satisfy only one of two matching gold events.
    pred["events"].remove(y)
    f = _score(gold, pred)
    assert (f["per_type"]["ASSAULT"]["tp"], f["per_type"]["ASSAULT"]["fn"]) == (1, 1)


def test_count_accuracy(gold, pred):
    pred["events"][0]["counts"]["killed"]["value"] = 4
    pred["events"][0]["counts"]["injured"]["qualifier"] = "about"
    pred["events"][2]["counts"] = {}
    pred["events"][1]["counts"]["killed"] = {"value": 1, "qualifier": "exact"}  # extra: ignored
    f = _score(gold, pred)
    assert (f["count_ok"], f["count_n"]) == (1, 4)
    assert f["count_acc"] == 0.25


def test_source_accuracy(gold, pred):
    pred["events"][0]["source"] = {**pred["events"][0]["trigger"], "entity": "e3"}  # same entity
    pred["events"][1]["source"] = None                                             # missed
    pred["events"][2]["source"] = {**pred["events"][2]["trigger"], "entity": None}  # gold null
    f = _score(gold, pred)
    assert (f["source_ok"], f["tp"]) == (1, 3)
    pred["events"][2]["source"] = None                 # null = null is right
    assert _score(gold, pred)["source_ok"] == 2
