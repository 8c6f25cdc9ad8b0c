"""Tunisia's labour union (UGTT), missed by the tagger in the Tunisian local news (audit U56): the
actor list names it, full and short, so its mentions become one ORG with a labour code."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.text import make_text

from test_ner import StubModel


def _run(text: str) -> Document:
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(StubModel({}), ActorLexicon.load())(doc)


def test_the_union_full_and_short_is_one_org_with_a_labour_code():
    doc = _run("دعا الأمين العام للاتحاد العام التونسي للشغل إلى الحوار، وقال اتحاد الشغل إن الإضراب قائم.")
    ents = [(e.label, sorted(m.text for m in e.mentions), e.actor and e.actor.code) for e in doc.entities]
    # "للاتحاد": the mention starts at the second ل (SPEC)
    assert ents == [("ORG", ["اتحاد الشغل", "لاتحاد العام التونسي للشغل"], "TUNLAB")]
