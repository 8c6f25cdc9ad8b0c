"""A conjunction's letter stays on a name the unlabelled news writes whole and never without it
("ويندوز", "ويكيليكس": nobody writes يندوز); the word clusters say which words the news writes
often (scan of unseen news: "يندوز" was a product)."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.norm import norm
from rasd.stages.text import make_text

from tests.stages.test_ner import StubModel, mentions

_NEWS = ("ويندوز", "ويكيليكس", "وحماس", "حماس", "والالمينيوم")


def _run(text, table):
    model = StubModel(table)
    model.features.clusters = {norm(w): ("1", "2", "3") for w in _NEWS}
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(model, ActorLexicon.load())(doc)


def test_a_word_the_news_writes_whole_keeps_its_letter():
    assert mentions(_run("ويعمل الحاسوب بنظام ويندوز الجديد", {"ويندوز": "B-MISC"})) == [("ويندوز", "MISC")]
    assert mentions(_run("ونشر ويكيليكس وثائق سرية", {"ويكيليكس": "B-ORG"})) == [("ويكيليكس", "ORG")]


def test_a_conjunction_before_a_word_the_news_writes_alone_comes_off():  # must not fire
    assert mentions(_run("والتقى الوفد قادة من وحماس أمس", {"وحماس": "B-ORG"})) == [("حماس", "ORG")]


def test_a_conjunction_before_an_article_comes_off():  # must not fire: و + ال
    found = mentions(_run("وفرض رسوما على الصلب والالمينيوم", {"والالمينيوم": "B-MISC"}))
    assert ("والالمينيوم", "MISC") not in found
