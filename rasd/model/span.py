"""Spans: half-open offsets into the original article text."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: str, start: int, end: int) -> "Span":
        """The span [start, end) of `article`, text taken from the article itself."""
        return cls(start, end, article[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class ArgSpan(Span):
    """A span that may point at an entity and carry an actor code (speakers, actors, sources)."""

    entity: str | None = None
    code: str | None = None

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity}
        if self.code is not None:
            d["code"] = self.code
        return d
