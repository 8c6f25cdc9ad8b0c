"""Who condemns an act does not do it: "وأدانت الحكومة الألمانية التفجير الذي استهدف مسجدا" made
the German government the bomber (SPEC 2.6: the actor initiates the act)."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filter_words import CONDEMNING
from rasd.stages.event_filters import PHYSICAL

_REACH = 12  # tokens from the condemner to the act condemned


def condemner(tokens: Sequence, trig: Trigger, c: Candidate) -> bool:
    """Is `c` the subject right after (or right before) a verb of condemning whose object, in
    the same clause, is the physical act `trig`?"""
    if trig.type not in PHYSICAL:
        return False
    k = next((i for i, tok in enumerate(tokens) if tok.start >= c.span.start), None)
    if k is None or trig.first - k > _REACH:
        return False
    end = next((i for i, tok in enumerate(tokens) if tok.end >= c.span.end), k)
    # "وأدانت الحكومة التفجير" (the verb before its subject) or "الحكومة أدانت التفجير"
    for v in (k - 1, end + 1):
        if 0 <= v < trig.first and candidates(tokens[v].norm)[-1] in CONDEMNING:
            return True
    return False
