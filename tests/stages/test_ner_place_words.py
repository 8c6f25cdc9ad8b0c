"""A person's chunk of two or more words that the label priors each saw mostly as a place's is a
place ("زار الرئيس بيونغ يانغ": the city, whatever its context made the tagger say; scan of
unseen news)."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.prior import prior_key
from rasd.stages.text import make_text

from tests.stages.test_ner import StubModel, mentions

_PLACE = (("up=LOC:hi",), ("upt=LOC",))
_PERSON = (("up=PER:hi",), ("upt=PER",))
_PRIORS = {"بيونغ": _PLACE, "يانغ": _PLACE, "سمير": _PERSON}


def _run(text, table):
    model = StubModel(table)
    model.features.prior = {prior_key(k): v for k, v in _PRIORS.items()}
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(model, ActorLexicon.load())(doc)


def test_a_person_chunk_of_place_words_is_a_place():
    doc = _run("وزار الوفد بيونغ يانغ أمس", {"بيونغ": "B-PER", "يانغ": "I-PER"})
    assert mentions(doc) == [("بيونغ يانغ", "LOC")]


def test_a_person_with_one_place_word_stays():  # must not fire: سمير is a man's name
    doc = _run("والتقى الوفد سمير يانغ أمس", {"سمير": "B-PER", "يانغ": "I-PER"})
    assert mentions(doc) == [("سمير يانغ", "PER")]


def test_one_word_stays():  # must not fire: one word is weak evidence
    doc = _run("وقال يانغ إن الوفد وصل", {"يانغ": "B-PER"})
    assert mentions(doc) == [("يانغ", "PER")]
