"""Article (what comes in) and Document (what the pipeline fills)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from rasd.model.record import Attribution, Entity, Event, Place, Quantity, Quote, TimeExpr
from rasd.model.span import Span

SCHEMA_VERSION = "rasd/1"


@dataclass
class Article:
    """One input article: the text and what is known about it."""

    text: str
    id: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DocMeta:
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str = "ar"
    sha256: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "outlet": self.outlet, "url": self.url,
                "published": self.published, "lang": self.lang, "sha256": self.sha256}


@dataclass
class Document:
    """The article text, its analyses, and every extracted item.

    Stages read the fields listed in their `requires` and write those in their
    `assigns`; `norm`, `tokens` and `sentences` are filled by the text stage.
    """

    text: str
    meta: DocMeta
    norm: Any = None            # rasd.text.Normalized
    tokens: list = field(default_factory=list)      # list[rasd.text.Token]
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # stage-private scratch, never serialised

    @classmethod
    def from_article(cls, article: Article) -> "Document":
        digest = sha256_text(article.text)
        meta = DocMeta(id=article.id or digest[:16], title=article.title, outlet=article.outlet,
                       url=article.url, published=article.published, sha256=digest)
        return cls(text=article.text, meta=meta)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence containing original offset `pos`."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= pos:
                lo = mid + 1
            elif s.start > pos:
                hi = mid
            else:
                return s
        return None

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)
