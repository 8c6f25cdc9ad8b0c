"""Event source (SPEC §2.6): who reports the happening, and whether it is a mere claim.

Reads the quotes stage's `attribute(doc, start, end)` when present, else its attributions and
quotes; a sentence-final reporting clause ("…، قال قادة عسكريون أكراد") is the last resort.
"""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import ArgSpan, Span
from rasd.stages.event_args import _bare
from rasd.stages.event_detect import Trigger


_REPORT_CUES = frozenset({"قال", "قالت", "قالوا", "افاد", "افادت", "ذكر", "ذكرت", "اكد", "اكدت",
                          "اعلن", "اعلنت", "حسبما", "حسب", "بحسب", "وفق", "وفقا", "اضاف", "اضافت"})


def trailing_reporter(doc: Document, tokens: Sequence, trig: Trigger) -> ArgSpan | None:
    """"…، قال قادة عسكريون أكراد": a reporting clause that closes the sentence."""
    for i in range(len(tokens) - 2, max(trig.last, len(tokens) - 10), -1):
        if _bare(tokens[i].norm) in _REPORT_CUES and i > 0 and tokens[i - 1].norm in (",", "-"):
            tail = [t for t in tokens[i + 1:] if t.norm[:1].isalpha()]
            if not tail or len(tail) > 6:
                return None
            start, end = tail[0].without_proclitics()[0], tail[-1].end
            ent = next((e.id for e in doc.entities for m in e.mentions
                        if start <= m.start and m.end <= end), None)
            return ArgSpan(start, end, doc.text[start:end], ent)
    return None


_NEW_SPEAKER_CUES = frozenset({"قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد",
                                "افادت"})


def _speaks_for_itself(doc: Document, sentence: Span, start: int, source: ArgSpan | None) -> bool:
    """"أعلن الرئيس التونسي تمديد …": a sentence whose own reporting verb names a new
    speaker before the trigger is that speaker's voice, not the voice of a source named in
    another sentence (which a wide attribution region may still cover). Continuation cues
    (وأضاف، وتابع) keep the earlier speaker, and "قال إن" names nobody new."""
    if source is None or sentence.start <= source.start < sentence.end:
        return False
    from rasd.text.tokenize import tokenize
    words = [t for t in tokenize(doc.text[sentence.start:start])]
    for i, t in enumerate(words[:-1]):
        nxt = _bare(words[i + 1].norm)
        if _bare(t.norm) in _NEW_SPEAKER_CUES and nxt not in ("ان", "بان", "انه", "انها"):
            return True
    return False


def pick_source(doc: Document, start: int, end: int,
                sentence: Span | None = None) -> tuple[ArgSpan | None, bool]:
    """Who reports what is said at [start, end): the quotes stage's attribution API."""
    try:
        from rasd.stages.quotes import attribute
        att = attribute(doc, start, end)
        if att is not None:
            if sentence is not None and _speaks_for_itself(doc, sentence, start, att.source):
                return None, False
            return att.source, bool(att.hedged)
    except Exception:  # quotes stage not installed or failed: fall back on its outputs
        pass
    covering = [a for a in doc.attributions if a.start <= start and end <= a.end]
    if covering:
        a = min(covering, key=lambda a: a.end - a.start)
        return a.source, bool(a.hedged)
    quotes = [q for q in doc.quotes if q.speaker and q.content.start <= start and end <= q.content.end]
    if quotes:
        q = min(quotes, key=lambda q: q.content.end - q.content.start)
        return q.speaker, bool(q.hedged)
    if sentence is not None:  # "حسبما أفاد X" phrases attribute the whole sentence
        phrases = [a for a in doc.attributions if a.kind == "phrase"
                   and a.start < sentence.end and sentence.start < a.end]
        if phrases:
            return phrases[0].source, bool(phrases[0].hedged)
    return None, False
