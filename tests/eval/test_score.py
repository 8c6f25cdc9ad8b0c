"""Corpus-level scoring: document alignment, missing documents, invalid records."""
from __future__ import annotations

import copy

from rasd.eval import evaluate

FIELDS = ("entities", "places", "times", "quantities", "quotes", "events")


def _floats(node, path=""):
    """Every float figure in a result, with its dotted path."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _floats(v, f"{path}.{k}" if path else k)
    elif isinstance(node, float):
        yield path, node


def test_gold_against_itself_is_one_everywhere(gold, article):
    result = evaluate([gold], [copy.deepcopy(gold)], articles={"doc1": article})
    figures = dict(_floats({k: result[k] for k in FIELDS}))
    assert len(figures) > 40
    assert {p: v for p, v in figures.items() if v != 1.0} == {}
    assert result["docs"]["scored"] == 1 and result["docs"]["invalid"] == {}


def test_empty_prediction_scores_zero_without_crashing(gold):
    result = evaluate([gold], [])
    for name in FIELDS:
        assert result[name]["r"] == 0.0 and result[name]["f1"] == 0.0
    assert result["places"]["acc_25km"] == 0.0 and result["events"]["count_acc"] == 0.0
    assert result["docs"]["missing"] == ["doc1"]


def test_missing_document_counts_as_all_false_negatives(gold, pred):
    other = copy.deepcopy(gold)
    other["doc"]["id"] = "doc2"
    result = evaluate([gold, other], [pred])
    ents = result["entities"]
    assert (ents["tp"], ents["fn"], ents["r"]) == (5, 5, 0.5)
    assert result["events"]["r"] == 0.5 and result["events"]["p"] == 1.0


def test_extra_predicted_documents_are_ignored(gold, pred):
    stray = copy.deepcopy(pred)
    stray["doc"]["id"] = "elsewhere"
    result = evaluate([gold], [pred, stray])
    assert result["entities"]["p"] == 1.0 and result["docs"]["extra"] == ["elsewhere"]


def test_span_mismatch_scores_the_document_zero(gold, pred, article):
    pred["quotes"][0]["cue"]["text"] = "قال"           # offsets say "وقال"
    result = evaluate([gold], [pred], articles={"doc1": article})
    assert list(result["docs"]["invalid"]) == ["doc1"]
    for name in FIELDS:
        assert result[name]["f1"] == 0.0
    assert result["entities"]["fp"] == 5 and result["entities"]["fn"] == 5
    # without articles the check is skipped, and said so
    unchecked = evaluate([gold], [pred])
    assert unchecked["entities"]["f1"] == 1.0 and unchecked["docs"]["spans_checked"] is False


def test_documents_without_article_text_are_reported(gold, pred):
    result = evaluate([gold], [pred], articles={})
    assert result["docs"]["unchecked"] == ["doc1"] and result["entities"]["f1"] == 1.0


def test_micro_average_over_documents(gold, pred):
    # doc2 has one gold entity and nothing predicted: micro recall pools the counts.
    small = {"doc": {"id": "doc2"}, "entities": [gold["entities"][0]]}
    result = evaluate([gold, small], [pred, {"doc": {"id": "doc2"}}])
    assert result["entities"]["r"] == 5 / 6


def test_malformed_items_do_not_crash(gold):
    junk = {"doc": {"id": "doc1"}, "entities": [{"id": "e1"}, "x"], "places": None,
            "times": [{"start": "a"}], "quantities": [{}], "quotes": [{"content": None}],
            "events": [{"type": "ASSAULT", "date": "yesterday", "counts": None}]}
    result = evaluate([gold], [junk])
    assert result["events"]["n_pred"] == 1 and result["events"]["tp"] == 0
    assert result["entities"]["n_pred"] == 0


def test_sha256_mismatch_is_reported(gold, pred):
    gold["doc"]["sha256"], pred["doc"]["sha256"] = "aa", "bb"
    assert evaluate([gold], [pred])["docs"]["sha256_mismatch"] == ["doc1"]
    pred["doc"]["sha256"] = "aa"
    assert evaluate([gold], [pred])["docs"]["sha256_mismatch"] == []
