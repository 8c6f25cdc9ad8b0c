"""Acts that are feared, needed, owed, urged or coming — named, not done (read by event_filters).

"عبروا عن مخاوفهم من الاعتقال", "بحاجة إلى إجلاء فوري", "بأن عليهم الانسحاب",
"لإقناع الحوثيين بالانسحاب": the act is the object of a fear, a need, a duty or a
persuasion; none of them says it happened; nor does "صواريخ جديدة قادمة حتما" (missiles to come). The bare fear nouns (مخاوف، خشية) are modals
already; these are their forms with a possessive, and the need, duty and persuasion shapes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from rasd.stages.event_filter_words import PHYSICAL

if TYPE_CHECKING:
    from rasd.stages.event_detect import Trigger

# fear nouns with or without a possessive ending ("مخاوفهم", "خشيتها", "خوفهم", "تخوفه")
_FEAR_STEMS = ("مخاوف", "المخاوف", "خوف", "الخوف", "تخوف", "خشيت", "خشيه")
# the need itself ("بحاجة إلى", "في حاجة ماسة إلى", "حاجتهم إلى")
_NEED_STEMS = ("حاجه", "بحاجه", "الحاجه", "حاجت", "لحاجه")
_NEED_ADJ = frozenset({"ماسه", "ملحه", "عاجله", "كبيره", "شديده"})
# "(أن|إن) عليهم الانسحاب", "أن على الحكومة الإفراج": a duty laid on someone
_ON_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما", "علينا", "عليكم"})
_THAT = frozenset({"ان", "بان", "وان", "لان", "فان"})
# persuading someone to an act (the verbal noun or the imperfect; "أقنع" could report success)
_PERSUADE = frozenset({"اقناع", "لاقناع", "واقناع", "يقنع", "تقنع", "ليقنع", "لتقنع", "اقناعه", "اقناعها",
                       "اقناعهم", "لاقناعه", "لاقناعها", "لاقناعهم"})
_PERSUADE_REACH = 4


def _possessed(word: str, stems: Sequence[str]) -> bool:
    return word.startswith(tuple(stems)) and len(word) <= max(map(len, stems)) + 3


def feared_or_needed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A physical act right after "FEAR من" or "NEED إلى/لـ" (one adjective may stand between)."""
    if trig.type not in PHYSICAL or trig.first < 2:
        return False
    prev = keys[trig.first - 1][0]
    if prev == "من":
        stems, at = _FEAR_STEMS, trig.first - 2
    elif prev in ("الي", "لـ"):
        stems, at = _NEED_STEMS, trig.first - 2
    elif keys[trig.first][0].startswith("لل"):  # "بحاجة للإجلاء"
        stems, at = _NEED_STEMS, trig.first - 1
    else:
        return False
    for i in (at, at - 1):
        if i < 0:
            break
        w = keys[i][0]
        if _possessed(w, stems):
            return True
        if w not in _NEED_ADJ and not w.startswith(("شديد", "جدي", "كبير", "متزايد")):
            break  # only an adjective may stand between ("مخاوف جدية من", "حاجة ماسة إلى")
    return False


def owed(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """A verbal noun whose doer is told with على after أن/إن: "بأن عليهم الانسحاب", "إن على
    المسلحين الانسحاب" (up to two words for the doer)."""
    if trig.type not in PHYSICAL or not keys[trig.first][0].startswith("ال") or trig.first < 2:
        return False
    if keys[trig.first - 1][0] in _ON_PRONOUNS:
        return keys[trig.first - 2][0] in _THAT
    for k in (2, 3):
        i = trig.first - k
        if i >= 1 and keys[i][0] == "علي" and keys[i - 1][0] in _THAT:
            return True
    return False


def urged_by_persuasion(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    """"لإقناع الحوثيين بالانسحاب": an act in بـ that someone is being persuaded to."""
    if trig.type not in PHYSICAL or not keys[trig.first][0].startswith("ب"):
        return False
    for i in range(trig.first - 1, max(-1, trig.first - 1 - _PERSUADE_REACH), -1):
        if not _PERSUADE.isdisjoint(keys[i]):
            return True
        if keys[i][0] in (".", "،", ",", ":", "؛"):
            break
    return False


# "أكد ترامب أن صواريخ جديدة وذكية قادمة حتما": an indefinite act or weapon whose predicate is
# "coming" is to come, no launch; "صواريخ قادمة من سوريا" (incoming, with where from or whither)
# was fired (key forms; the definite القادمة is "next", an adjective of time)
_COMING = frozenset({"قادمه", "قادم", "قادمون", "قادمين", "اتيه", "ات", "ستاتي", "سياتي"})
_INCOMING = frozenset({"من", "باتجاه", "اتجاه", "نحو", "الي", "عبر", "صوب"})
_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_COMING_REACH = 4  # words from the act to its predicate ("صواريخ جديدة وذكية قادمة")


def coming(keys: Sequence[tuple[str, ...]], trig: Trigger) -> bool:
    if trig.type not in PHYSICAL:
        return False
    words, i = 0, trig.last + 1
    while i < len(keys) and words < _COMING_REACH:
        if keys[i][0] in (".", "،", ",", ":", "؛"):
            return False
        if keys[i][0] in _QUOTES:  # (quote marks round an adjective: صواريخ "جديدة وذكية" قادمة)
            i += 1
            continue
        if keys[i][0].lstrip("وف") in _COMING:  # (as written: not القادمة)
            return i + 1 >= len(keys) or _INCOMING.isdisjoint(keys[i + 1])
        words, i = words + 1, i + 1
    return False

