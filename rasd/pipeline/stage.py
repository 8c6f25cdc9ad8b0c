"""The Stage protocol: a named callable that declares what it reads and writes."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from rasd.model.document import Document

# Fields a stage may require or assign (Document attributes).
FIELDS = ("text", "meta", "norm", "tokens", "sentences", "entities", "places", "times",
          "quantities", "quotes", "attributions", "events")


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...
