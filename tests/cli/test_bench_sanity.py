"""`rasd bench sanity`: its checks on hand-made records, its sample of an invented unlabeled-ar,
and a scan of that sample with the real pipeline."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from rasd.bench import sanity
from rasd.errors import ResourceError

META = "line\tid\tdate\tcategory\tin_news_dev\n"
ARTICLES = [  # (id, in news-dev, text)
    ("a1", "0", "قصفت الطائرات مدينة حلب أمس ¶ وقال المرصد إن ثلاثة مدنيين قتلوا."),
    ("a2", "1", "نص من أخبار التطوير لا يقرأ."),
    ("a3", "0", "وسلمت روسيا منظومة S-400 إلى الهند."),
    ("a4", "0", "اجتمع وزير الخارجية بنظيره في القاهرة."),
]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data" / "unlabeled-ar"
    d.mkdir(parents=True)
    with gzip.open(d / "news.meta.tsv.gz", "wt", encoding="utf-8") as f:
        f.write(META + "".join(f"{k}\t{i}\t2018-03-01\tworld\t{nd}\n" for k, (i, nd, _) in enumerate(ARTICLES)))
    with gzip.open(d / "news.txt.gz", "wt", encoding="utf-8") as f:
        f.write("".join(t + "\n" for _, _, t in ARTICLES))
    return tmp_path / "data"


def _record(entities=(), events=(), published="2018-03-01"):
    return {"doc": {"id": "x", "published": published}, "entities": list(entities), "events": list(events)}


def _event(actors, targets, date=None):
    span = lambda t: {"start": 0, "end": len(t), "text": t}  # noqa: E731
    return {"type": "ASSAULT", "trigger": span("قصف"), "actors": [span(a) for a in actors],
            "targets": [span(t) for t in targets], "date": date}


def test_one_letter_entities():
    rec = _record([{"name": "S"}, {"name": "MBC"}, {"name": "ب"}])
    assert sanity.one_letter_entities(rec) == ["S"]


def test_actor_is_target():
    assert sanity.actor_is_target(_record(events=[_event(["داعش"], ["داعش", "الجيش"])])) == ["ASSAULT 'قصف': داعش"]
    assert sanity.actor_is_target(_record(events=[_event(["الجيش"], ["داعش"])])) == []


def test_events_after_publication():
    rec = _record(events=[_event([], [], "2018-03-02"), _event([], [], "2018-03-01"), _event([], [], "2018-04")])
    assert sanity.after_publication(rec) == ["ASSAULT 'قصف': 2018-03-02 > 2018-03-01"]
    assert sanity.after_publication(_record(events=[_event([], [], "2018-03-02")], published=None)) == []


def test_sample_leaves_news_dev_out_and_is_fixed_by_its_seed(data_dir: Path):
    got = sanity.sample_articles(data_dir, 10)
    assert [a["id"] for a in got] == ["a1", "a3", "a4"]  # a2 is a news-dev article
    assert got[0]["text"] == "قصفت الطائرات مدينة حلب أمس\n\nوقال المرصد إن ثلاثة مدنيين قتلوا."
    two = sanity.sample_articles(data_dir, 2, seed=7)
    assert two == sanity.sample_articles(data_dir, 2, seed=7) and len(two) == 2


def test_no_unlabeled_ar_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ResourceError) as exc:
        sanity.sample_articles(tmp_path, 5)
    assert exc.value.code == "E031"


def test_scan_runs_the_pipeline(data_dir: Path):
    out = sanity.run(data_dir=data_dir, examples=3)
    assert out["articles"] == 3
    assert out["stage_errors"] == 0 and out["invalid_records"] == 0
    assert out["one_letter_entities"] == 0  # "S" of "S-400" is no entity
