"""A listed family name (PERT only) the tagger saw once is a mention wherever it is written again,
with a listed given name right before it taken in (audit U52: "المرشد الأعلى في إيران علي خامنئي"
was missed, "أن خامنئي وافق" found)."""
from __future__ import annotations

from rasd.model.document import Article, Document
from rasd.stages.ner import NerStage
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.text import make_text
from tests.stages.test_ner import NAMES, FirstOnly, mentions

_NAMES = dict(NAMES, لاريجاني="PERT", كريم="PERF|PERT", أمام="PERF")  # (أمام: as the lists key إمام)


def _last_only(text: str, word: str) -> Document:
    """The tagger sees only the last occurrence of `word` (what it did in the article)."""
    class LastOnly(FirstOnly):
        def tag_document(self, sents):
            out = [[("B-PER" if t == word else "O") for t in sent] for sent in sents]
            seen = False
            for tags in reversed(out):
                for i in reversed(range(len(tags))):
                    if tags[i] == "B-PER":
                        if seen:
                            tags[i] = "O"
                        seen = True
            return out
    doc = make_text({}, None)(Document.from_article(Article(text=text)))
    return NerStage(LastOnly({}, _NAMES), ActorLexicon.load())(doc)


def test_the_family_name_again_with_its_given_name():
    doc = _last_only("ودعا رئيس البرلمان في إيران علي لاريجاني إلى الحوار. وأضاف لاريجاني أن الجلسة "
                     "مستمرة على أن تنتهي غدا", "لاريجاني")
    assert mentions(doc) == [("علي لاريجاني", "PER"), ("لاريجاني", "PER")]


def test_a_given_name_alone_is_not_repeated():  # must not fire: كريم is a given name too
    doc = _last_only("وقال كريم إن الأمر انتهى. وأضاف كريم أن الوفد وصل", "كريم")
    assert mentions(doc).count(("كريم", "PER")) == 1


def test_a_preposition_before_the_family_name_stays_out():  # must not fire
    doc = _last_only("وقف الوفد أمام لاريجاني في البرلمان. وأضاف لاريجاني أن الجلسة مستمرة", "لاريجاني")
    assert mentions(doc) == [("لاريجاني", "PER"), ("لاريجاني", "PER")]
