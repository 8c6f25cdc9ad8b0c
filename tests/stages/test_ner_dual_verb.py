"""A past verb of two subjects ("وسألتا": the two asked) is no one-word place or person: the
tagger read it as Salta, Argentina (audit U56). The -ت form ("سألت") must be a word the label
priors saw untagged, and the whole word no name they know."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.prior import prior_key
from rasd.stages.text import make_text

from tests.stages.test_ner import StubModel, mentions

_PRIORS = {"طلبت": (("up=O:hi",), ()), "سانت": (("up=LOC:hi",), ("upt=LOC",)),
           "ألبرتا": (("up=LOC:hi",), ("upt=LOC",)), "ألبرت": (("up=O:hi",), ())}


def _run(text, table):
    model = StubModel(table)
    model.features.prior = {prior_key(k): v for k, v in _PRIORS.items()}
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(model, ActorLexicon.load())(doc)


def test_a_dual_verb_is_no_place():
    assert mentions(_run("زارت الوزيرة والسفيرة المصنع وطلبتا تقريرا عن الإنتاج", {"وطلبتا": "B-LOC"})) == []


def test_an_unseen_place_in_ta_stays():  # must not fire: "جاكرت" is no word the priors saw
    assert mentions(_run("وصل الوفد إلى جاكرتا أمس", {"جاكرتا": "B-LOC"})) == [("جاكرتا", "LOC")]


def test_a_place_the_priors_know_stays():  # must not fire: the whole word is a name to the priors
    assert mentions(_run("هبت عاصفة ثلجية على ألبرتا أمس", {"ألبرتا": "B-LOC"})) == [("ألبرتا", "LOC")]


def test_a_ta_word_whose_stem_is_a_name_stays():  # must not fire: "سانت" is a name, not a verb
    assert mentions(_run("وصلت الفرقة إلى سانتا أمس", {"سانتا": "B-LOC"})) == [("سانتا", "LOC")]
