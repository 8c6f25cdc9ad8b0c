"""Error listings (`evaluate(..., errors=True)`): each kind of mistake is reported once."""
from __future__ import annotations

from rasd.eval import evaluate


def _errors(gold, pred, field):
    return [(e["kind"], e["why"]) for e in evaluate([gold], [pred], errors=True)["errors"][field]]


def test_no_errors_for_a_perfect_prediction(gold, pred):
    result = evaluate([gold], [pred], errors=True)
    assert all(items == [] for items in result["errors"].values())
    assert "errors" not in evaluate([gold], [pred])


def test_entity_errors(gold, pred, span):
    pred["entities"][1]["mentions"] = [span("ريف إدلب")]      # boundary
    pred["entities"][3]["label"] = "ORG"                      # label
    del pred["entities"][4]                                   # missed
    pred["entities"].append({"id": "e9", "label": "ORG", "name": "الجيش",
                             "mentions": [span("الجيش")]})   # spurious
    assert sorted(_errors(gold, pred, "entities")) == [
        ("missed", ""), ("missed", "boundary"), ("missed", "label"), ("spurious", "")]


def test_place_errors(gold, pred):
    pred["places"][0].update(lat=36.20, lon=37.13)            # 83 km away
    pred["places"][2].update(lat=None, lon=None)
    errs = _errors(gold, pred, "places")
    assert ("far", "83 km") in [(k, w.split(",")[0]) for k, w in errs]
    assert ("missed", "predicted place has no coordinates") in errs


def test_time_quantity_quote_errors(gold, pred, span):
    pred["times"][0]["value"] = "2024-02-10"
    pred["quantities"][0]["value"] = 30
    pred["quotes"][0]["speaker"] = None
    assert _errors(gold, pred, "times") == [("value", "")]
    assert _errors(gold, pred, "quantities") == [("attributes", "")]
    assert _errors(gold, pred, "quotes") == [("speaker", "")]


def test_event_errors_say_why(gold, pred):
    pred["events"][0]["date"] = "2024-02-05"                  # too far from the 11th
    pred["events"][1]["source"] = None
    pred["events"][2]["counts"]["arrested"]["value"] = 21
    errs = evaluate([gold], [pred], errors=True)["errors"]["events"]
    kinds = sorted((e["kind"], e["why"]) for e in errs)
    assert kinds == [("counts", ""), ("missed", "date 2024-02-05 (day)"), ("source", ""),
                     ("spurious", "")]
    missed = next(e for e in errs if e["kind"] == "missed")
    assert missed["gold"]["type"] == "ASSAULT" and missed["gold"]["place"] == "كفرنبل"
