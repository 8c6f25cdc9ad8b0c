"""A newspaper named like a country or a city (quoted, or after صحيفة) is no state: the bare
country code its name looks up to is dropped (audit U48: 'صحيفة “المدينة”' had SAU)."""
from __future__ import annotations

from rasd.model.span import Span
from rasd.stages.ner import group_entities
from rasd.stages.ner.actors import ActorLexicon


def _actor(text, name, lab="ORG"):
    start = text.index(name)
    ents = group_entities([(Span(start, start + len(name), name), lab)], ActorLexicon.load(), text)
    return ents[0].actor


def test_a_paper_named_like_a_state_has_no_state_code():
    assert _actor('وفقا لصحيفة "السعودية" اليوم', "السعودية") is None
    assert _actor("وقال لصحيفة السعودية إن الوفد وصل", "السعودية") is None


def test_the_state_itself_keeps_it():  # must not fire: no quotes, no medium word
    assert _actor("وأعلنت السعودية أمس قرارها", "السعودية").code == "SAU"
