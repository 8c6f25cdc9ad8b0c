"""The text stage: normalised view, tokens with clitic segments, sentences."""
from __future__ import annotations

from rasd.model.document import Document
from rasd.pipeline.registry import register_stage
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize


class TextStage:
    name = "text"
    requires = ("text",)
    assigns = ("norm", "tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        view = normalize(doc.text)
        doc.norm = view
        doc.tokens = tokenize(doc.text, view=view)
        doc.sentences = split_sentences(doc.text, view=view)
        return doc


@register_stage("text")
def make_text(config: dict, resources=None) -> TextStage:
    return TextStage()
