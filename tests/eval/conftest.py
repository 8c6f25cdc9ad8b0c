"""A small invented Arabic article and its hand-made gold record, for the scorer tests."""
from __future__ import annotations

import copy

import pytest

ARTICLE = ("قصف الجيش بلدة كفرنبل في ريف إدلب يوم الأحد فقتل ثلاثة مدنيين وأصيب خمسة آخرون، "
           "حسب المرصد السوري. وقال أحمد سالم: \"اضطرت عشرات العائلات إلى النزوح\". "
           "وفي دمشق اعتقلت الشرطة أكثر من عشرين شخصا الشهر الماضي.")


def span(text: str, nth: int = 1, article: str = ARTICLE) -> dict:
    """{"start", "end", "text"} of the nth occurrence of `text` in the article."""
    start = -1
    for _ in range(nth):
        start = article.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def _gold() -> dict:
    def ent(eid, label, name):
        return {"id": eid, "label": label, "name": name, "mentions": [span(name)], "actor": None}

    def qty(qid, text, value, qualifier, category, unit="person"):
        return {"id": qid, **span(text), "value": value, "qualifier": qualifier,
                "unit": unit, "category": category}

    return {
        "schema": "rasd/1",
        "doc": {"id": "doc1", "published": "2024-02-12", "lang": "ar"},
        "entities": [ent("e1", "LOC", "كفرنبل"), ent("e2", "LOC", "إدلب"),
                     ent("e3", "ORG", "المرصد السوري"), ent("e4", "PER", "أحمد سالم"),
                     ent("e5", "LOC", "دمشق")],
        "places": [
            {"id": "p1", "entity": "e1", "name": "كفرنبل", "lat": 35.6137, "lon": 36.5611,
             "country": "SY", "feature": "town"},
            {"id": "p2", "entity": "e2", "name": "إدلب", "lat": 35.9306, "lon": 36.6339,
             "country": "SY", "feature": "region"},
            {"id": "p3", "entity": "e5", "name": "دمشق", "lat": 33.5138, "lon": 36.2765,
             "country": "SY", "feature": "city"},
        ],
        "times": [
            {"id": "t1", **span("الأحد"), "type": "date", "value": "2024-02-11",
             "value_end": None, "precision": "day", "anchor": "published"},
            {"id": "t2", **span("الشهر الماضي"), "type": "date", "value": "2024-01",
             "value_end": None, "precision": "month", "anchor": "published"},
        ],
        "quantities": [
            qty("q1", "ثلاثة مدنيين", 3, "exact", "killed"),
            qty("q2", "خمسة آخرون", 5, "exact", "injured"),
            qty("q3", "عشرات العائلات", 10, "vague", "displaced", "family"),
            qty("q4", "أكثر من عشرين شخصا", 20, "more_than", "arrested"),
        ],
        "quotes": [
            {"id": "u1", "kind": "direct", "speaker": {**span("أحمد سالم"), "entity": "e4"},
             "cue": span("وقال"), "content": span("اضطرت عشرات العائلات إلى النزوح"),
             "hedged": False},
        ],
        "events": [
            {"id": "v1", "type": "ASSAULT", "mode": "shelling", "trigger": span("قصف"),
             "actors": [], "targets": [], "place": "p1", "geo_precision": 1,
             "date": "2024-02-11", "date_end": None, "time_precision": "day", "time": "t1",
             "counts": {"killed": {"value": 3, "qualifier": "exact", "quantity": "q1"},
                        "injured": {"value": 5, "qualifier": "exact", "quantity": "q2"}},
             "source": {**span("المرصد السوري"), "entity": "e3"}, "hedged": False},
            {"id": "v2", "type": "DISPLACE", "mode": "flight", "trigger": span("النزوح"),
             "actors": [], "targets": [], "place": None, "geo_precision": None,
             "date": None, "date_end": None, "time_precision": "unknown", "time": None,
             "counts": {"displaced": {"value": 10, "qualifier": "vague", "quantity": "q3"}},
             "source": {**span("أحمد سالم"), "entity": "e4"}, "hedged": False},
            {"id": "v3", "type": "COERCE", "mode": "arrest", "trigger": span("اعتقلت"),
             "actors": [], "targets": [], "place": "p3", "geo_precision": 1,
             "date": "2024-01", "date_end": None, "time_precision": "month", "time": "t2",
             "counts": {"arrested": {"value": 20, "qualifier": "more_than", "quantity": "q4"}},
             "source": None, "hedged": False},
        ],
    }


@pytest.fixture
def gold() -> dict:
    return _gold()


@pytest.fixture
def pred() -> dict:
    """A fresh copy of gold to be spoiled by each test."""
    return copy.deepcopy(_gold())


@pytest.fixture
def article() -> str:
    return ARTICLE


@pytest.fixture(name="span")
def span_fixture():
    """`span(text, nth=1)` as a fixture."""
    return span
