"""Probes for the filter tests: the event types a sentence keeps after each layer of checks."""
from __future__ import annotations

import pytest

from rasd.stages import event_rules as rules
from rasd.stages.event_detect import detect, find_triggers
from rasd.text.tokenize import tokenize


def detected_types(sentence: str) -> list[str]:
    """Types `detect` keeps (the trigger lexicon and the filters of event_filters)."""
    return [t.type for t in detect(tokenize(sentence))]


def detected_modes(sentence: str) -> list[tuple[str, str | None]]:
    """(type, mode) of each trigger `detect` keeps."""
    return [(t.type, t.mode) for t in detect(tokenize(sentence))]


def read_types(sentence: str) -> list[str]:
    """Types left after the sense checks (`drop_condemned`, `drop_misread`) too."""
    toks = tokenize(sentence)
    return [t.type for t in rules.drop_misread(toks, rules.drop_condemned(toks, detect(toks)))]


def misread_types(sentence: str) -> list[str]:
    """Types `drop_misread` keeps of every trigger found (no filters before it)."""
    toks = tokenize(sentence)
    return [t.type for t in rules.drop_misread(toks, find_triggers(toks))]


def dropped_and_kept(probe, dropped, kept, etype=None):
    """The parametrised pair of tests a filter file writes: each (sentence, type) of `dropped` is
    not among `probe`'s types, each of `kept` is; bind them to module names starting with test_.
    Given `etype`, the two lists hold bare sentences, all probed for that one type."""
    if etype is not None:
        dropped = [(s, etype) for s in dropped]
        kept = [(s, etype) for s in kept]

    @pytest.mark.parametrize("sentence,etype", dropped)
    def dropped_test(sentence, etype):
        assert etype not in probe(sentence)

    @pytest.mark.parametrize("sentence,etype", kept)
    def kept_test(sentence, etype):
        assert etype in probe(sentence)
    return dropped_test, kept_test
