"""An organisation chunk that ends in في + a big place, or a place the article tags elsewhere, is
the body and where it is (audit U50: "الجمعية العربية السعودية للثقافة والفنون في أبها" was one ORG)."""
from __future__ import annotations

from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.norm import norm_key
from tests.stages.ner_probes import space_tokens
from tests.stages.test_ner import StubModel, mentions, run

_NAMES = {"تبوك": "LOCB", "العراق": "LOCB", "اليمن": "LOCB"}


def test_the_place_after_fi_leaves_the_organisation():
    tags = {"جمعية": "B-ORG", "المسرح": "I-ORG", "الشعبي": "I-ORG", "في": "I-ORG", "تبوك": "I-ORG"}
    doc = run("وقدمت جمعية المسرح الشعبي في تبوك عرضا جديدا", tags, _NAMES)
    assert mentions(doc) == [("المسرح الشعبي", "ORG"), ("تبوك", "LOC")]  # (جمعية: a descriptor)


def test_a_place_the_article_tags_elsewhere():
    toks = space_tokens("نظم نادي الفروسية الملكي في ضبا سباقا")
    stage = NerStage(StubModel({}, _NAMES), ActorLexicon.load())
    assert stage._in_place_after_fi(toks, 1, 6, {(norm_key("ضبا"),)})
    assert not stage._in_place_after_fi(toks, 1, 6, set())  # (not tagged elsewhere, not listed)


def test_a_listed_whole_or_an_unknown_word_stays():  # must not fire
    tags = {"دولة": "B-ORG", "العراق": "I-ORG", "الإسلامية": "I-ORG", "في": "I-ORG", "الجزيرة": "I-ORG"}
    doc = run("وقالت دولة العراق الإسلامية في الجزيرة إنها", tags, _NAMES)
    assert mentions(doc)[0][1] == "ORG" and "الجزيرة" in mentions(doc)[0][0]
    tags = {"الحملة": "B-ORG", "الشعبية": "I-ORG", "لإغاثة": "I-ORG", "الأشقاء": "I-ORG", "في": "I-ORG",
            "اليمن": "I-ORG"}
    doc = run("وجمعت الحملة الشعبية لإغاثة الأشقاء في اليمن تبرعات", tags, _NAMES)
    assert mentions(doc)[0] == ("الحملة الشعبية لإغاثة الأشقاء في اليمن", "ORG")  # a country: whom it serves
