"""A one-word person's chunk, then a family name of nisba shape the tagger left out, is one
name (audit U60: "عبدالملك المخلافي" was cut to عبدالملك): the definite -ي word must be one the
label priors saw as part of persons' names, and no demonym or place in the name lists."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.prior import prior_key
from rasd.stages.text import make_text

from tests.stages.test_ner import StubModel, mentions

_PRIORS = {"العواضي": (("up=O:mid", "up=PER:mid"), ("upt=O",)),
           "اليمني": (("up=O:mid", "up=PER:mid"), ("upt=O",)),
           "الحكومي": (("up=O:hi", "up=PER:lo"), ("upt=O",))}


def _run(text, table):
    model = StubModel(table, {"اليمني": "NAT"})
    model.features.prior = {prior_key(k): v for k, v in _PRIORS.items()}
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(model, ActorLexicon.load())(doc)


def test_the_family_name_after_the_given_name_joins_it():
    doc = _run("وقرر المجلس تعيين عبدالكريم العواضي سفيرا لدى الأردن", {"عبدالكريم": "B-PER"})
    assert mentions(doc) == [("عبدالكريم العواضي", "PER")]


def test_a_demonym_or_a_plain_adjective_stays_out():  # must not fire
    doc = _run("وقال عبدالكريم اليمني إن الوفد وصل", {"عبدالكريم": "B-PER"})
    assert mentions(doc) == [("عبدالكريم", "PER")]
    doc = _run("وكلف سالم الحكومي بالملف", {"سالم": "B-PER"})
    assert mentions(doc) == [("سالم", "PER")]
