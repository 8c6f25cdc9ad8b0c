"""A one-word MISC chunk the label priors saw untagged in most of its uses is a common noun, no
name (audit U48: "معجنات بيونغيانغ" — Pyongyang noodles — was a MISC name)."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.prior import prior_key
from rasd.stages.text import make_text

from tests.stages.test_ner import StubModel, mentions

_PRIORS = {"مخبوزات": (("up=O:hi", "up=MISC:lo"), ()), "الأوسكار": (("up=MISC:hi",), ("upt=MISC",))}


def _run(text, table):
    model = StubModel(table)
    model.features.prior = {prior_key(k): v for k, v in _PRIORS.items()}
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(model, ActorLexicon.load())(doc)


def test_a_common_noun_is_no_misc_name():
    assert mentions(_run("وتقدم المطاعم مخبوزات طازجة كل صباح", {"مخبوزات": "B-MISC"})) == []


def test_a_name_the_priors_know_stays():  # must not fire: the priors saw it as a name
    assert mentions(_run("وفاز الفيلم بجائزة الأوسكار أمس", {"الأوسكار": "B-MISC"})) == [("الأوسكار", "MISC")]
