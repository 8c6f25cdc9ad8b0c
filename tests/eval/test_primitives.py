"""P/R/F1 arithmetic, one-to-one matching, date intervals and distances."""
from __future__ import annotations

from datetime import date

import pytest

from rasd.eval.dates import date_interval, dates_match, gap_days
from rasd.eval.geo import coords, haversine_km
from rasd.eval.metrics import greedy_match, prf, ratio
from rasd.eval.spans import iou, span_errors


def test_prf_counts_and_figures():
    f = prf(3, 1, 2)
    assert (f["p"], f["r"]) == (0.75, 0.6)
    assert f["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (f["n_gold"], f["n_pred"]) == (5, 4)


def test_prf_zero_division_rules():
    assert prf(0, 0, 0)["f1"] == 1.0          # nothing in gold, nothing predicted
    nothing_found = prf(0, 0, 4)
    assert (nothing_found["p"], nothing_found["r"], nothing_found["f1"]) == (0.0, 0.0, 0.0)
    spurious = prf(0, 2, 0)
    assert (spurious["p"], spurious["r"], spurious["f1"]) == (0.0, 0.0, 0.0)
    assert ratio(0, 0, vacuous=False) == 0.0 and ratio(0, 0, vacuous=True) == 1.0


def test_greedy_match_is_one_to_one_and_best_first():
    gold, pred = [10, 20], [19, 11, 12]
    pairs = greedy_match(gold, pred, lambda g, p: -abs(g - p) if abs(g - p) < 5 else None)
    assert pairs == [(0, 1), (1, 0)]
    # one prediction cannot satisfy two gold items
    assert greedy_match([5, 5], [5], lambda g, p: 0) == [(0, 0)]


@pytest.mark.parametrize("a,b,ok", [
    (("2024-02-11", "day"), ("2024-02-12", "day"), True),      # +1 day
    (("2024-02-11", "day"), ("2024-02-10", "day"), True),      # -1 day
    (("2024-02-11", "day"), ("2024-02-13", "day"), False),     # 2 days off
    (("2024-02", "month"), ("2024-02-29", "day"), True),       # month contains day
    (("2024-02", "month"), ("2024-03-05", "day"), False),
    (("2024-02", "month"), ("2024-03-01", "day"), True),       # contained after ±1 day
    (("2024-02", "month"), ("2024-03", "month"), False),
    (("2024", "year"), ("2024-07", "month"), True),
    (("2023", "year"), ("2024-07", "month"), False),
    (("2024-02-11", "week"), ("2024-02-06", "day"), True),     # week = 7 days ending there
    (("2024-02-11", "week"), ("2024-02-03", "day"), False),
    (("2024-02-11", "week"), ("2024-02", "month"), True),      # the month contains the week
    ((None, "unknown"), (None, "unknown"), True),
    ((None, "unknown"), ("2024-02-11", "day"), False),
])
def test_dates_match(a, b, ok):
    ia, ib = date_interval(*a), date_interval(*b)
    assert dates_match(ia, ib) is ok
    assert dates_match(ib, ia) is ok


def test_date_interval_forms():
    assert date_interval("2024-02", "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_interval("2024-02-11", "month") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_interval("2024-02-10", "day", "2024-02-14") == (date(2024, 2, 10),
                                                                date(2024, 2, 14))
    assert date_interval("2024-W06") == (date(2024, 2, 5), date(2024, 2, 11))
    assert date_interval("not a date") is None and date_interval("2024-13-40") is None
    assert gap_days(date_interval("2024-02-01"), date_interval("2024-02-04")) == 3


def test_haversine():
    assert haversine_km(35.0, 36.0, 35.0, 36.0) == 0.0
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.19, abs=0.01)
    # Damascus - Aleppo, about 310 km
    assert haversine_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(310, abs=5)
    assert coords({"lat": None, "lon": 3.0}) is None and coords(None) is None


def test_iou():
    a = {"start": 0, "end": 10, "text": "x" * 10}
    assert iou(a, {"start": 5, "end": 15, "text": ""}) == pytest.approx(5 / 15)
    assert iou(a, {"start": 10, "end": 12, "text": ""}) == 0.0


def test_span_errors_finds_bad_spans_anywhere(gold, article):
    assert span_errors(gold, article) == []
    gold["events"][0]["source"]["start"] += 1
    gold["times"][0]["text"] = "الاثنين"
    errors = span_errors(gold, article)
    assert len(errors) == 2
    assert any("events[0].source" in e for e in errors) and any("times[0]" in e for e in errors)
    gold["entities"][0]["mentions"][0]["end"] = len(article) + 5
    assert any("outside" in e for e in span_errors(gold, article))
