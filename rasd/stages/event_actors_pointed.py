"""The one accusing fingers point at: "أشارت أصابع الاتهام إلى X" makes X the accused."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, key

_FINGERS = key("اصابع")
_TOWARDS = frozenset(key(w) for w in ("الى", "إلى", "الي", "نحو", "صوب", "باتجاه"))
# verbs whose subject is the fingers themselves: no one is named pointing them
_FINGERS_DO = frozenset(key(w) for w in ("اشارت", "تشير", "اتجهت", "تتجه", "توجهت", "تتوجه"))


def pointed_at(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]
               ) -> tuple[Candidate | None, bool]:
    """"كما أشارت أصابع الاتهام إلى المالكي", "ووجه الحوثيون أصابع الاتهام إلى التحالف": the
    party right after إلى/نحو is the accused, never the accuser. Returns it (or None) and
    whether the fingers are the verb's own subject (أشارت/تتجه أصابع …), so that no one in
    the sentence points them."""
    if key(tokens[trig.first].norm).lstrip("و") != _FINGERS or trig.last + 1 >= len(tokens) \
            or key(tokens[trig.last + 1].norm) not in _TOWARDS:
        return None, False
    own = trig.first > 0 and key(tokens[trig.first - 1].norm).lstrip("وف") in _FINGERS_DO
    nxt = tokens[trig.last + 2].start if trig.last + 2 < len(tokens) else None
    hit = next((c for c in everywhere if c.span.start == nxt), None)
    return hit, own


_POINTER_REACH = 12  # words back to the one who points the fingers ("لم يشأ المسؤول …، لكنه وجه")


def pointer(tokens: Sequence, trig: Trigger, everywhere: list[Candidate], accused: Candidate | None
            ) -> Candidate | None:
    """Who points the fingers when no subject stands next to the verb ("لم يشأ المسؤول في وزارة
    الخارجية التأكيد …، لكنه وجه أصابع الاتهام إلى النظام"): the nearest institutional party before
    it, within reach, other than the accused."""
    start = tokens[max(0, trig.first - _POINTER_REACH)].start
    near = [c for c in everywhere if start <= c.span.start and c.span.end <= tokens[trig.first].start
            and c.institutional and (accused is None or c.span.start != accused.span.start)]
    return near[-1] if near else None
