"""The rasd/1 data model. Stdlib only, no I/O."""
from rasd.model.document import SCHEMA_VERSION, Article, DocMeta, Document, sha256_text
from rasd.model.record import (Actor, Attribution, Count, Entity, Event, Place, Quantity, Quote,
                               TimeExpr)
from rasd.model.serialize import from_record, iter_spans, to_record
from rasd.model.span import ArgSpan, Span

__all__ = ["SCHEMA_VERSION", "Actor", "ArgSpan", "Article", "Attribution", "Count", "DocMeta",
           "Document", "Entity", "Event", "Place", "Quantity", "Quote", "Span", "TimeExpr",
           "from_record", "iter_spans", "sha256_text", "to_record"]
