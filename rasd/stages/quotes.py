"""The quotes stage: direct and indirect reported speech, speakers, hedges (SPEC §2.5),
and the attribution regions other stages read through `attribute(doc, start, end)`.

Pipeline: pair quotation marks on the original text (quotes_marks) → find reporting
verbs and what they introduce (quotes_find) → resolve speakers (quotes_after with quotes_titles
and quotes_antecedent, quotes_before, quotes_subject; shared tests in quotes_near) →
tidy boundaries and pick up cue-after quotations (quotes_post) → attribution
regions (quotes_attrib). See docs/quotes.md.
"""
from __future__ import annotations

from rasd.model.document import Document
from rasd.model.record import Attribution, Quote
from rasd.model.span import Span
from rasd.pipeline.registry import register_stage
from rasd.stages.quotes_attrib import attribute, phrase_attributions, quote_attributions
from rasd.stages.quotes_ctx import build_ctx
from rasd.stages.quotes_find import cue_quotes
from rasd.stages.quotes_post import finish
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize

__all__ = ["QuotesStage", "attribute", "extract_quotes"]


def _ensure_text_layer(doc: Document) -> None:
    """Tests and callers may hand a Document without the text stage's fields."""
    if doc.norm is None:
        doc.norm = normalize(doc.text)
    if not doc.tokens:
        doc.tokens = tokenize(doc.text, view=doc.norm)
    if not doc.sentences:
        doc.sentences = split_sentences(doc.text, view=doc.norm)


def _valid(text: str, span: Span | None) -> bool:
    return span is None or (0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text)


def extract_quotes(doc: Document) -> tuple[list[Quote], list[Attribution]]:
    _ensure_text_layer(doc)
    ctx = build_ctx(doc)
    found = finish(ctx, cue_quotes(ctx))
    quotes = []
    for f in found:
        content = Span(f.start, f.end, doc.text[f.start:f.end])
        if not all(_valid(doc.text, s) for s in (content, f.cue, f.speaker)):
            continue  # never emit a span that does not read back from the text
        quotes.append(Quote(f"u{len(quotes) + 1}", f.kind, f.speaker, f.cue, content, f.hedged))
    attributions = quote_attributions(found) + phrase_attributions(ctx, found)
    attributions = [a for a in attributions if 0 <= a.start < a.end <= len(doc.text)
                    and _valid(doc.text, a.source) and _valid(doc.text, a.relay)]
    return quotes, attributions


class QuotesStage:
    name = "quotes"
    requires = ("tokens", "sentences", "entities")
    assigns = ("quotes", "attributions")

    def __call__(self, doc: Document) -> Document:
        doc.quotes, doc.attributions = extract_quotes(doc)
        return doc


@register_stage("quotes")
def make_quotes(config: dict, resources=None) -> QuotesStage:
    return QuotesStage()
