"""Where a document names someone: each mention of an entity, and each generic institution the
NER left out of the entities ("الجيش الإسرائيلي" is no entity by SPEC 2.1, yet it acts and
speaks). The quotes stage looks for speakers among them and the events stage for actors and
targets, so both read one list of one type."""
from __future__ import annotations

from dataclasses import dataclass

from rasd.model.document import Document
from rasd.model.record import LABELS
from rasd.stages.ner import INSTITUTIONS


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str | None  # the entity id; None for an institution outside the entities
    label: str
    code: str | None = None  # the actor code, when the name is a known actor


def name_mentions(doc: Document) -> list[Mention]:
    """The document's name mentions in text order (entities of the SPEC labels first at a tie,
    then institutions, as they were added)."""
    out = [Mention(m.start, m.end, e.id, e.label, e.actor.code if e.actor else None)
           for e in doc.entities if e.label in LABELS for m in e.mentions]
    out += [Mention(start, end, None, "ORG", code)
            for start, end, code in doc.extras.get(INSTITUTIONS, ())]
    return sorted(out, key=lambda m: m.start)
