"""A one-word name in quotation marks right after an organisation's name of two or more words is
that organisation's short name, whatever the tagger called it (audit U50: 'الاتحاد الدولي لكرة
القدم "فيفا"' and six more "فيفا" were a person)."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner.actors import ActorLexicon
from rasd.stages.ner.grouping import group_entities


def _span(text: str, s: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return Span(i, i + len(s), s)


def test_a_quoted_short_name_after_an_organisation_is_that_organisation():
    text = 'انتخب الاتحاد الآسيوي للكرة الطائرة "ايفا" رئيسه الجديد. وقال مسؤول إن "ايفا" سيعلن برنامجه.'
    spans = [(_span(text, "الاتحاد الآسيوي للكرة الطائرة"), "ORG"), (_span(text, "ايفا"), "PER"),
             (_span(text, "ايفا", 1), "PER")]
    (ent,) = group_entities(spans, ActorLexicon.load(), text)
    assert ent.label == "ORG" and len(ent.mentions) == 3


def test_after_a_one_word_name_or_not_in_quotes_it_stays_apart():  # must not fire
    text = 'وأعلنت حماس "النفير" في الضفة.'
    spans = [(_span(text, "حماس"), "ORG"), (_span(text, "النفير"), "MISC")]
    assert len(group_entities(spans, ActorLexicon.load(), text)) == 2
    text = "وقال الاتحاد الآسيوي للكرة الطائرة ايفا إن البطولة تأجلت."
    spans = [(_span(text, "الاتحاد الآسيوي للكرة الطائرة"), "ORG"), (_span(text, "ايفا"), "PER")]
    assert len(group_entities(spans, ActorLexicon.load(), text)) == 2
    text = 'وتقدمت القوات المدعومة بطيران الـ "أباتشي" نحو المدينة.'
    spans = [(_span(text, "القوات المدعومة بطيران الـ"), "ORG"), (_span(text, "أباتشي"), "MISC")]
    assert len(group_entities(spans, ActorLexicon.load(), text)) == 2
