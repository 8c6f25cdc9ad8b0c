"""A state of emergency declared for a disaster or a health need is no coercion (SPEC 2.7: no one
is restricted by it): "أعلنت صحة المنطقة حالة الطوارئ في مستشفياتها" (hospitals on alert),
"أعلن الحاكم حالة الطوارئ" in a story whose lead tells a hurricane or a crash. An emergency
against unrest or attacks stays a restriction (its sentence names no care and its story no
hazard).
"""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filter_tolls import accident

_EMERGENCY = "طوارئ"
# care named right after the emergency ("في مستشفيات المنطقة", "حالة الطوارئ الصحية") or the
# care body that declares it just before ("صحة عسير", "وزارة الصحة", "الهلال الأحمر")
_CARE_AFTER = frozenset({"مستشفيات", "مستشفي", "صحيه", "طبيه", "اسعاف", "اسعافيه"})
_CARE_BODIES = frozenset({"صحه", "صحيه", "مستشفي", "مستشفيات", "اسعاف", "هلال"})
_AFTER_REACH = 3  # words after the trigger ("في مستشفيات", "القصوى في المستشفيات")
_BEFORE_REACH = 5  # words before it ("وكانت صحة عسير أعلنت")


def declared_emergency(tokens: Sequence, t: Trigger) -> bool:
    return t.type == "COERCE" and any(_EMERGENCY in tok.norm for tok in tokens[t.first:t.last + 1])


def for_care(tokens: Sequence, t: Trigger) -> bool:
    """An emergency trigger with care named next to it, or a hazard or crash in its sentence."""
    if not declared_emergency(tokens, t):
        return False
    near = tokens[t.last + 1:t.last + 1 + _AFTER_REACH]
    if any(not _CARE_AFTER.isdisjoint(candidates(tok.norm)) for tok in near):
        return True
    before = tokens[max(0, t.first - _BEFORE_REACH):t.first]
    if any(not _CARE_BODIES.isdisjoint(candidates(tok.norm)) for tok in before):
        return True
    return accident(" ".join(candidates(tok.norm)[-1] for tok in tokens))
