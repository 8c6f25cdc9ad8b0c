"""Probes for the filter tests: the event types a sentence keeps after each layer of checks."""
from __future__ import annotations

from rasd.stages import event_rules as rules
from rasd.stages.event_detect import detect, find_triggers
from rasd.text.tokenize import tokenize


def detected_types(sentence: str) -> list[str]:
    """Types `detect` keeps (the trigger lexicon and the filters of event_filters)."""
    return [t.type for t in detect(tokenize(sentence))]


def read_types(sentence: str) -> list[str]:
    """Types left after the sense checks (`drop_condemned`, `drop_misread`) too."""
    toks = tokenize(sentence)
    return [t.type for t in rules.drop_misread(toks, rules.drop_condemned(toks, detect(toks)))]


def misread_types(sentence: str) -> list[str]:
    """Types `drop_misread` keeps of every trigger found (no filters before it)."""
    toks = tokenize(sentence)
    return [t.type for t in rules.drop_misread(toks, find_triggers(toks))]
