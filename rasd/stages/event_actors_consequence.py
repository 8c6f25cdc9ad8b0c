"""Parties told in a consequence clause after a statement: "الأمر الذي من شأنه أن يعمق معاناة المدنيين"."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, key

# openers of a clause telling what the act leads to: "الأمر الذي", "مما", "وهو ما"
_THING = frozenset({key("الأمر"), key("الامر"), key("وهو"), key("وهذا")})
_WHICH = frozenset({key("الذي"), key("ما")})


def before_consequence(tokens: Sequence, trig: Trigger, targets: list[Candidate]) -> list[Candidate]:
    """"ويرفض المتمردون المطالب …، الأمر الذي من شأنه أن يعمق معاناة المدنيين": those named in
    the clause of what a refusal or statement leads to suffer its outcome; they are not whom it
    is addressed to."""
    if not targets:
        return targets
    cut = None
    for i in range(trig.last + 1, len(tokens) - 1):
        w = key(tokens[i].norm)
        if w == key("مما") or (w in _THING and key(tokens[i + 1].norm) in _WHICH):
            cut = tokens[i].start
            break
    return targets if cut is None else [c for c in targets if c.span.start < cut]
