"""Trigger verbs and nouns in a figurative or sporting sense, told by the word they govern (SPEC
§2.6; asked by `event_other_uses.other_use`): "خطف" with a prize or attention as its object
("خطف الفريق الفوز", "خطفت الأضواء": snatched, no abduction).
"""
from __future__ import annotations

from rasd.stages.event_detect import Trigger

_SNATCH = "خطف"
# what is snatched in a match or on a stage, as written after the verb (ة read as ه): "خطف الضيوف
# الفوز", "خطف هدف التعادل", "خطفت الأضواء", "خطف اللقب من منافسه". Written forms, not bare ones,
# so a prize behind a preposition ("الفائز باللقب") is no object
_PRIZES = frozenset({"الفوز", "فوزا", "النقاط", "نقطه", "نقاط", "التعادل", "هدفا", "هدفين", "اللقب", "لقبا",
                     "الصداره", "البطوله", "الكاس", "الميداليه", "الذهبيه", "التاهل", "بطاقه", "الانتصار",
                     "انتصارا", "الاضواء", "الانظار", "الاهتمام", "القلوب", "الاعجاب", "المركز"})
_PRIZE_REACH = 4  # words after the verb to its object, past a subject ("خطف الفريق الضيف الفوز")


def snatched_prize(tokens: list, t: Trigger, word: str) -> bool:
    """An abduction word whose object, within four words and before any mark, is a prize or
    attention."""
    if t.type != "ASSAULT" or _SNATCH not in word:
        return False
    for tok in tokens[t.last + 1:t.last + 1 + _PRIZE_REACH]:
        w = tok.norm.replace("ة", "ه")
        if not w[:1].isalnum():
            return False
        if w in _PRIZES or (w[:1] == "و" and w[1:] in _PRIZES):
            return True
    return False
