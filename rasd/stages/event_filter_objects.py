"""Assault words read by what stands beside them (read by event_filters).

A sniper named is no shot fired: "قناص" is in the lexicon as a shooting because "قتل برصاص
قناص" tells the shot by its shooter. Without any word of firing or harm in the sentence the snipers are only actors placed or
blamed: "ينشر المتمردون القناصة على الأسطح", "قناصة الفصائل يمنعون المدنيين من المغادرة".
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

_SNIPER = "قناص"
# stems (prefixes of any lookup form) that tell a shot or its harm; read as prefixes, they err
# towards keeping the shooting
_SHOT = ("رصاص", "برصاص", "اطلق", "يطلق", "تطلق", "اطلاق", "النار", "نار", "قتل", "مقتل", "قتيل", "اصاب",
         "اصيب", "اصابه", "اصابت", "جرح", "جريح", "مصرع", "استشهد", "شهيد", "استهدف", "يستهدف", "تستهدف",
         "قنص", "يقنص", "تقنص", "اردي", "سقط", "سقوط", "ضحي", "ضحايا", "نيران")


def sniper_without_shot(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type != "ASSAULT" or not any(k.startswith(_SNIPER) for k in keys[trig.first]):
        return False
    return not any(k.startswith(_SHOT) for i, c in enumerate(keys) if i != trig.first for k in c)
