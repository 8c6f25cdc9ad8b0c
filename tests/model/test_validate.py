"""rasd/1 validation: schema, span texts, digest, internal references."""
from __future__ import annotations

import copy
import json

import pytest

from rasd.model import sha256_text
from rasd.model.validate import load_schema, validate_record

ARTICLE = "إدلب - قُتل ثلاثة مدنيين، الأحد، في قصف استهدف معرة النعمان. وقال أحمد الخطيب: \"فرّت عائلات\"."


def span(text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def make_record() -> dict:
    a = ARTICLE
    return {
        "schema": "rasd/1",
        "doc": {"id": "d1", "title": None, "outlet": None, "url": None, "published": "2024-02-12",
                "lang": "ar", "sha256": sha256_text(a)},
        "entities": [
            {"id": "e1", "label": "LOC", "name": "إدلب", "mentions": [span(a, "إدلب")], "actor": None},
            {"id": "e2", "label": "LOC", "name": "معرة النعمان", "mentions": [span(a, "معرة النعمان")]},
            {"id": "e3", "label": "PER", "name": "أحمد الخطيب", "mentions": [span(a, "أحمد الخطيب")],
             "actor": {"code": None, "group": None}},
        ],
        "places": [{"id": "p1", "entity": "e2", "name": "معرة النعمان", "lat": 35.64, "lon": 36.67,
                    "country": "SY", "feature": "town"}],
        "times": [{**span(a, "الأحد"), "id": "t1", "type": "date", "value": "2024-02-11",
                   "value_end": None, "precision": "day", "anchor": "published"}],
        "quantities": [{**span(a, "ثلاثة مدنيين"), "id": "q1", "value": 3, "qualifier": "exact",
                        "unit": "person", "category": "killed"}],
        "quotes": [{"id": "u1", "kind": "direct", "speaker": {**span(a, "أحمد الخطيب"), "entity": "e3"},
                    "cue": span(a, "وقال"), "content": span(a, "فرّت عائلات"), "hedged": False}],
        "events": [{"id": "v1", "type": "ASSAULT", "mode": "shelling", "trigger": span(a, "قصف"),
                    "actors": [], "targets": [{**span(a, "ثلاثة مدنيين"), "entity": None, "code": "SYRCVL"}],
                    "place": "p1", "geo_precision": 1, "date": "2024-02-11", "date_end": None,
                    "time_precision": "day", "time": "t1",
                    "counts": {"killed": {"value": 3, "qualifier": "exact", "quantity": "q1"}},
                    "source": None, "hedged": False, "extra_key": "allowed"}],
    }


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_valid_record_has_no_problems() -> None:
    assert validate_record(make_record(), ARTICLE) == []


def test_schema_file_is_draft_2020_12() -> None:
    assert load_schema()["$schema"].endswith("2020-12/schema")


@pytest.mark.parametrize("path, value", [
    (("entities", 0, "label"), "GPE"),
    (("events", 0, "type"), "ATTACK"),
    (("events", 0, "mode"), "nuking"),
    (("quantities", 0, "qualifier"), "approximately"),
    (("quantities", 0, "category"), "dead"),
    (("times", 0, "precision"), "hour"),
    (("places", 0, "feature"), "planet"),
    (("quotes", 0, "kind"), "reported"),
    (("events", 0, "geo_precision"), 7),
    (("entities", 0, "mentions", 0, "start"), "4"),
    (("schema",), "rasd/2"),
])
def test_enum_and_type_violations_are_schema_errors(path, value) -> None:
    rec = make_record()
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = validate_record(rec, ARTICLE)
    assert "E010" in codes(problems)


def test_missing_required_field() -> None:
    rec = make_record()
    del rec["events"]
    assert "E010" in codes(validate_record(rec))


def test_span_text_mismatch_is_reported_with_its_path() -> None:
    rec = make_record()
    rec["entities"][0]["mentions"][0]["start"] += 1
    rec["entities"][0]["mentions"][0]["end"] += 1
    problems = validate_record(rec, ARTICLE)
    assert [(p.code, p.path) for p in problems] == [("E011", "entities[0].mentions[0]")]


def test_start_after_end_and_wrong_length_without_article() -> None:
    rec = make_record()
    rec["times"][0]["start"], rec["times"][0]["end"] = 10, 5
    rec["quantities"][0]["end"] += 2
    assert codes(validate_record(rec)) == ["E011", "E011"]


def test_span_past_the_end_of_the_article() -> None:
    rec = make_record()
    n = len(ARTICLE)
    rec["events"][0]["trigger"] = {"start": n, "end": n + 3, "text": "قصف"}
    assert "E011" in codes(validate_record(rec, ARTICLE))


def test_sha256_must_match_the_article() -> None:
    assert codes(validate_record(make_record(), ARTICLE + " ")) == ["E012"]


@pytest.mark.parametrize("mutate", [
    lambda r: r["places"][0].__setitem__("entity", "e9"),
    lambda r: r["events"][0].__setitem__("place", "p9"),
    lambda r: r["events"][0].__setitem__("time", "t9"),
    lambda r: r["quotes"][0]["speaker"].__setitem__("entity", "e9"),
    lambda r: r["events"][0]["counts"]["killed"].__setitem__("quantity", "q9"),
    lambda r: r["events"][0]["targets"][0].__setitem__("entity", "e9"),
])
def test_dangling_references(mutate) -> None:
    rec = make_record()
    mutate(rec)
    assert codes(validate_record(rec, ARTICLE)) == ["E013"]


def test_gold_style_record_without_optional_fields_validates() -> None:
    rec = make_record()
    for v in rec["events"]:
        v.pop("sentence", None), v.pop("confidence", None), v.pop("codes", None)
    rec["quotes"][0]["cue"] = None
    rec["times"][0]["anchor"] = None
    assert validate_record(rec, ARTICLE) == []


def test_record_produced_by_the_model_round_trips() -> None:
    from rasd.model import from_record, to_record

    rec = make_record()
    again = json.loads(json.dumps(to_record(from_record(copy.deepcopy(rec), ARTICLE))))
    assert validate_record(again, ARTICLE) == []


def test_not_an_object() -> None:
    assert codes(validate_record([1, 2])) == ["E010"]
