"""Entities, places, times, quantities and quotes, one document at a time."""
from __future__ import annotations

import pytest

from rasd.eval import fields, places


def _score(name, gold, pred):
    module = places if name == "places" else fields
    score = getattr(module, f"score_{name}")
    figures = getattr(module, f"figures_{name}")
    return figures(score(gold, pred))


@pytest.mark.parametrize("name", ["entities", "places", "times", "quantities", "quotes"])
def test_perfect_prediction_is_one(name, gold, pred):
    f = _score(name, gold, pred)
    assert (f["p"], f["r"], f["f1"]) == (1.0, 1.0, 1.0)
    assert f.get("fp", 0) == 0 and f.get("fn", 0) == 0


@pytest.mark.parametrize("name", ["entities", "places", "times", "quantities", "quotes"])
def test_empty_prediction_is_zero(name, gold):
    f = _score(name, gold, {"doc": {"id": "doc1"}})
    assert (f["p"], f["r"], f["f1"]) == (0.0, 0.0, 0.0)


def test_entities_exact_lenient_and_per_label(gold, pred, span):
    # "ريف إدلب" instead of "إدلب": wrong offsets but overlapping; PER relabelled as ORG.
    pred["entities"][1]["mentions"] = [span("ريف إدلب")]
    pred["entities"][3]["label"] = "ORG"
    f = _score("entities", gold, pred)
    assert (f["tp"], f["fp"], f["fn"]) == (3, 2, 2)
    assert f["lenient"]["tp"] == 4                      # overlap counts, the label still must agree
    assert f["per_label"]["PER"]["r"] == 0.0 and f["per_label"]["PER"]["n_pred"] == 0
    assert f["per_label"]["ORG"]["p"] == 0.5
    assert f["per_label"]["LOC"]["tp"] == 2 and f["per_label"]["LOC"]["fn"] == 1
    assert f["per_label"]["MISC"]["f1"] == 1.0          # none on either side


def test_places_distance_and_country(gold, pred):
    pred["places"][0].update(lat=35.75, lon=36.60)      # Kafranbel moved ~15 km: within 25
    pred["places"][1].update(lat=36.20, lon=37.13)      # Idlib moved to Aleppo: ~55 km
    pred["places"][2].update(lat=40.0, lon=30.0, country="TR")   # Damascus far off
    f = _score("places", gold, pred)
    assert f["n_gold"] == 3 and f["toponym_recall"] == 1.0
    assert f["acc_25km"] == pytest.approx(1 / 3)
    assert f["acc_161km"] == pytest.approx(2 / 3)
    assert f["country_acc"] == pytest.approx(2 / 3)


def test_places_without_coordinates_or_entity(gold, pred, span):
    pred["places"][0].update(lat=None, lon=None)        # found but not located
    pred["places"][2]["entity"] = None                  # not linked to any mention
    pred["entities"][1]["mentions"] = [span("ريف إدلب")]  # overlap is enough
    f = _score("places", gold, pred)
    assert f["found"] == 1 and f["toponym_recall"] == pytest.approx(1 / 3)
    assert f["acc_25km"] == pytest.approx(1 / 3)
    assert f["n_pred"] == 1 and f["p"] == 1.0
    # a gold place without coordinates is not a unit
    gold["places"][2].update(lat=None, lon=None)
    assert _score("places", gold, gold)["n_gold"] == 2


def test_places_precision_counts_unmatched_predictions(gold, pred, span):
    pred["entities"].append({"id": "e9", "label": "LOC", "name": "الجيش",
                             "mentions": [span("الجيش")]})
    pred["places"].append({"id": "p9", "entity": "e9", "name": "x", "lat": 1.0, "lon": 1.0})
    f = _score("places", gold, pred)
    assert f["r"] == 1.0 and f["p"] == 0.75


def test_times_overlap_and_value(gold, pred, span):
    pred["times"][0].update(span("يوم الأحد"), value="2024-02-10")   # wider span, wrong value
    pred["times"][1]["precision"] = "day"                            # same value, wrong precision
    f = _score("times", gold, pred)
    assert (f["tp"], f["fp"], f["fn"]) == (2, 0, 0)
    assert f["value_acc"] == 0.0
    pred["times"][0]["value"] = "2024-02-11"
    assert _score("times", gold, pred)["value_acc"] == 0.5


def test_times_are_matched_one_to_one(gold, pred, span):
    # two predictions overlapping the same gold expression: one is a false positive
    pred["times"] = [dict(gold["times"][0], **span("الأح")), dict(gold["times"][0], **span("أحد"))]
    gold["times"] = gold["times"][:1]
    f = _score("times", gold, pred)
    assert (f["tp"], f["fp"], f["fn"]) == (1, 1, 0)


def test_quantities_strict_vs_span(gold, pred):
    pred["quantities"][0]["value"] = 4                    # wrong value
    pred["quantities"][1]["qualifier"] = "about"          # wrong qualifier
    pred["quantities"][2]["category"] = "killed"          # wrong category, still scored
    f = _score("quantities", gold, pred)
    assert (f["tp"], f["fp"], f["fn"]) == (1, 3, 3)
    assert f["span"]["tp"] == 4 and f["span_f1"] == 1.0


def test_quantities_only_scored_categories(gold, pred):
    pred["quantities"][0]["category"] = "other"           # unscored: drops out of pred
    extra = dict(pred["quantities"][3], id="q9", category="other")
    pred["quantities"].append(extra)
    f = _score("quantities", gold, pred)
    assert (f["n_gold"], f["n_pred"], f["tp"]) == (4, 3, 3)


def test_quotes_half_union_rule(gold, pred):
    content = gold["quotes"][0]["content"]
    half = dict(content, end=content["start"] + len(content["text"]) // 2 + 1)
    half["text"] = gold["quotes"][0]["content"]["text"][: half["end"] - half["start"]]
    pred["quotes"][0]["content"] = half                   # just over 50% of the union
    assert _score("quotes", gold, pred)["tp"] == 1
    short = dict(content, end=content["start"] + len(content["text"]) // 2 - 2)
    pred["quotes"][0]["content"] = short                  # under 50%
    assert _score("quotes", gold, pred)["tp"] == 0


def test_quote_speaker_by_span_or_entity(gold, pred, span):
    # Speaker span elsewhere but pointing at an entity whose mention overlaps the gold speaker.
    pred["entities"][3]["mentions"].append(span("أحمد"))   # keep the entity's first mention
    pred["quotes"][0]["speaker"] = {**span("وقال"), "entity": "e4"}
    assert _score("quotes", gold, pred)["speaker_acc"] == 1.0
    pred["quotes"][0]["speaker"] = {**span("وقال"), "entity": None}
    f = _score("quotes", gold, pred)
    assert f["tp"] == 1 and f["speaker_acc"] == 0.0
    pred["quotes"][0]["speaker"] = None
    assert _score("quotes", gold, pred)["speaker_acc"] == 0.0
