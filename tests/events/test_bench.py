"""`rasd bench events`: the isolated gold-dev scorer on an invented mini gold set."""
import json

from rasd.bench.events import isolated_gold_dev

TEXT = "قصفت الطائرات مدينة حمص اليوم."


def test_isolated_scorer_absent_data_gives_nothing(tmp_path):
    assert isolated_gold_dev(tmp_path) == {}


def test_isolated_scorer_on_mini_gold(tmp_path):
    folder = tmp_path / "gold-dev"
    (folder / "records").mkdir(parents=True)
    (folder / "articles.jsonl").write_text(json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False), "utf-8")
    s = TEXT.find("حمص")
    t = TEXT.find("اليوم")
    record = {"schema": "rasd/1", "doc": {"id": "a1", "published": "2024-02-12"},
              "entities": [{"id": "e1", "label": "LOC", "name": "حمص",
                            "mentions": [{"start": s, "end": s + 3, "text": "حمص"}]}],
              "places": [{"id": "p1", "entity": "e1", "name": "حمص", "lat": 34.73, "lon": 36.72,
                          "country": "SY", "feature": "city"}],
              "times": [{"id": "t1", "start": t, "end": t + 5, "text": "اليوم", "type": "date",
                         "value": "2024-02-12", "precision": "day"}],
              "quantities": [], "quotes": [],
              "events": [{"id": "v1", "type": "ASSAULT", "mode": "airstrike",
                          "trigger": {"start": 0, "end": 4, "text": "قصفت"}, "place": "p1",
                          "date": "2024-02-12", "time_precision": "day", "counts": {}, "source": None}]}
    (folder / "records" / "a1.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    out = isolated_gold_dev(tmp_path)
    assert out["golddev_isolated_f1"] == 1.0 and out["golddev_isolated_source_acc"] == 1.0
