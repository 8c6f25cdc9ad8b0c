"""The worked example of the rasd/1 contract (SPEC §3), end to end through the default pipeline.

The expectations are the ones the contract states for this article; the
places come from the mini gazetteer fixture of the places tests (real coordinates), so
no data directory is needed.
"""
from __future__ import annotations

import pytest

from pathlib import Path

import rasd
from rasd.gazetteer.memory import MemoryGazetteer, read_rows_tsv
from rasd.model import Article, to_record
from rasd.model.validate import validate_record

FIXTURE = Path(__file__).parents[1] / "places" / "fixtures" / "mini_gazetteer.tsv"

TEXT = ("إدلب - قُتل ثلاثة مدنيين وأصيب سبعة آخرون، الأحد، في قصف مدفعي استهدف بلدة معرة النعمان "
        "جنوب إدلب، حسبما أفاد المرصد السوري لحقوق الإنسان.\n"
        "وقال مدير الدفاع المدني في المنطقة أحمد الخطيب: \"فرّت أكثر من مئتي عائلة نحو المخيمات "
        "القريبة من الحدود التركية\".\n"
        "وأضاف أن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض.")


@pytest.fixture(scope="module")
def record():
    nlp = rasd.load_pipeline()
    places = next(s for s in nlp.stages if s.name == "places")
    places.gaz = MemoryGazetteer(read_rows_tsv(FIXTURE), name="mini")
    return to_record(nlp(Article(text=TEXT, published="2024-02-12", id="spec-example")))


def _spans(items):
    return {(i["start"], i["end"]) for i in items}


def test_record_is_valid(record):
    assert validate_record(record, TEXT) == []


def test_entities(record):
    by_name = {e["name"]: e for e in record["entities"]}
    assert by_name["إدلب"]["label"] == "LOC"
    assert _spans(by_name["إدلب"]["mentions"]) == {(0, 4), (93, 97)}
    assert by_name["المرصد السوري لحقوق الإنسان"]["label"] == "ORG"
    assert by_name["أحمد الخطيب"]["label"] == "PER"


def test_times(record):
    [t] = [t for t in record["times"] if t["text"] == "الأحد"]
    assert (t["start"], t["end"], t["value"], t["precision"], t["anchor"]) == (43, 48, "2024-02-11", "day", "published")


def test_quantities(record):
    got = {(q["text"], q["value"], q["qualifier"], q["unit"], q["category"]) for q in record["quantities"]}
    assert ("ثلاثة مدنيين", 3, "exact", "person", "killed") in got
    assert ("سبعة آخرون", 7, "exact", "person", "injured") in got
    assert ("أكثر من مئتي عائلة", 200, "more_than", "family", "displaced") in got


def test_quotes(record):
    quotes = sorted(record["quotes"], key=lambda q: q["content"]["start"])
    assert [q["kind"] for q in quotes] == ["direct", "indirect"]
    assert all(q["speaker"]["text"] == "أحمد الخطيب" for q in quotes)
    assert quotes[0]["content"]["start"] == 188 and quotes[0]["content"]["end"] == 250
    assert quotes[1]["cue"]["text"] == "وأضاف"


def test_events(record):
    places = {p["id"]: p for p in record["places"]}
    events = {v["type"]: v for v in record["events"]}
    assault = events["ASSAULT"]
    assert assault["mode"] == "shelling" and assault["date"] == "2024-02-11"
    assert places[assault["place"]]["name"] == "معرة النعمان"
    assert abs(places[assault["place"]]["lat"] - 35.64) < 0.2
    assert assault["counts"]["killed"]["value"] == 3 and assault["counts"]["injured"]["value"] == 7
    assert assault["source"]["text"] == "المرصد السوري لحقوق الإنسان"
    displace = events["DISPLACE"]
    assert displace["counts"]["displaced"]["value"] == 200
    assert displace["counts"]["displaced"]["qualifier"] == "more_than"
    assert displace["source"]["text"] == "أحمد الخطيب"
