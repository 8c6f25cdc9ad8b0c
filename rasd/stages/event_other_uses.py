"""More uses of trigger words that tell no happening (SPEC §2.6), read from the words around
them (`other_use`, asked by `event_misread.drop_misread` beside `event_other_senses`): a
trigger noun that an extent word heads ("مدى الصاروخ": a missile's range).
"""
from __future__ import annotations

from rasd.stages.event_detect import Trigger

# heads whose next noun is a measure or a quality, not a happening: "يبلغ مدى الصاروخ 2000 كلم"
# (its range), "يعكس مدى التعاون بين البلدين" (how far it goes) (bare forms)
_EXTENT = frozenset({"مدي"})


def other_use(tokens: list, t: Trigger, word: str, prev: str, nxt: str, trigs: list[Trigger]) -> bool:
    """`word`, `prev`, `nxt`: the bare lookup forms of the trigger's first word and of the
    words before and after it."""
    if prev in _EXTENT:
        return True
    return False
