"""المغرب after a time or prayer word is the sunset prayer, not Morocco (audit ev40 #28: "قتل خاله قبل
المغرب" placed an attack in Morocco), unless the article names Morocco otherwise."""
from __future__ import annotations

from rasd.stages.ner.nouns import before_sunset, sunset_prayer
from rasd.text.tokenize import tokenize
from tests.stages.test_ner import NAMES, mentions, run

NAMES_MA = dict(NAMES, المغرب="LOCB", الرباط="LOCB")


def _at(text: str, word: str):
    toks = tokenize(text)
    return toks, next(i for i, t in enumerate(toks) if t.text == word)


def test_the_prayer_time_is_no_place():
    assert sunset_prayer(*_at("وقتل المسلح خاله قبل المغرب وسلب سيارته", "المغرب"))
    assert sunset_prayer(*_at("وقعت الاشتباكات بعد صلاة المغرب في الحي", "المغرب"))
    assert sunset_prayer(*_at("قتل خاله قبل المغرب، وحاول قتل خالته قبل مغرب اليوم نفسه", "المغرب"))
    assert before_sunset("قبيل") and before_sunset("أذان")


def test_morocco_stays_morocco():
    # must not fire: no time word before it
    assert not sunset_prayer(*_at("ووصل الوفد إلى المغرب أمس", "المغرب"))
    # must not fire: the article names Morocco otherwise (a ranking, then its capital)
    assert not sunset_prayer(*_at("وحلت الجزائر بعد المغرب في الترتيب، فيما زار الوفد الرباط", "المغرب"))
    assert not sunset_prayer(*_at("وحلت الجزائر بعد المغرب في الترتيب، وقال مسؤول مغربي إن", "المغرب"))


def test_the_stage_drops_the_tagged_prayer():
    doc = run("وقتل المسلح خاله قبل المغرب في الموصل", {"المغرب": "B-LOC", "الموصل": "B-LOC"}, NAMES_MA)
    assert mentions(doc) == [("الموصل", "LOC")]
