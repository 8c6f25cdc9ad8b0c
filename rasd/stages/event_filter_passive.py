"""Verbal acts told in the passive with no one named who made them (SPEC §2.6: a verbal act is
an event only when a named political actor directs it): "قبل أن يتم اتهامه مرتين بالاحتيال"."""
from __future__ import annotations

from rasd.lang.words import PASSIVE_AUX
from rasd.stages.event_detect import Trigger
from rasd.stages.event_filter_words import BREAKS

# who did it, named after the act: "تمت الإشادة من قبل الأمم المتحدة", "على يد", "من جانب"
_AGENT_HEADS = frozenset({"قبل", "جانب", "طرف"})


def _aux(norm: str) -> bool:
    return norm in PASSIVE_AUX or (norm[:1] in ("و", "ف") and norm[1:] in PASSIVE_AUX)


def agentless_passive(tokens: list, t: Trigger) -> bool:
    """The verbal noun right after a passive auxiliary, and no "من قبل/من جانب/من طرف/على يد"
    in the rest of its clause."""
    if t.first == 0 or not _aux(tokens[t.first - 1].norm):
        return False
    for i in range(t.last + 1, len(tokens) - 1):
        norm = tokens[i].norm
        if norm in BREAKS:
            break
        nxt = tokens[i + 1].norm
        if (norm == "من" and nxt in _AGENT_HEADS) or (norm == "علي" and nxt == "يد"):
            return False
    return True
