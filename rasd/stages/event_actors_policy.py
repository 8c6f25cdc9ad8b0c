"""The state a verbal act is aimed at behind ب: "ندد لافروف، الأربعاء، بسياسة الولايات المتحدة",
"أشاد الوزير بموقف السعودية", "رحبت الحكومة بفرنسا". Countries are no candidates of their own;
after the ب of a verb of condemning or praising (or after its policy noun) the state is the
object, its government (<ISO3>GOV)."""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.stages.event_actors_named import state_at
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates

# what a state is condemned or praised for, in construct before it (key forms: ة as ه)
POLICY_NOUNS = frozenset({"سياسه", "سياسات", "تصريحات", "موقف", "مواقف", "قرار", "قرارات", "ممارسات",
                          "اجراءات", "تدخل", "دور", "جهود"})
_REACH = 10  # words after the verb (its subject, his name, a day word between commas)
_ASIDES = frozenset({"باسم"})  # "المتحدث باسم": a title, not the verb's object
# verbs whose object comes behind ب (normalised stems, perfect and imperfect); "اتهم X بـ" has
# the charge there, not the one accused ("اتهم الدول المشاركة في مقاطعة بقطر")
_BA_VERBS = ("ندد", "تندد", "يندد", "اشاد", "اشادت", "يشيد", "تشيد", "رحب", "يرحب", "ترحب", "نوه", "ينوه",
             "تنوه")


def _state_from(doc: Document, tokens: Sequence, k: int, skip: int) -> Candidate | None:
    """A state whose name starts `skip` letters into token k (after ب, or at the token)."""
    state = state_at(doc, tokens[k], tokens[min(len(tokens) - 1, k + 2)].end)
    return state if state is not None and state.span.start == tokens[k].start + skip else None


def state_behind_ba(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """The state behind the first ب-word after the trigger (up to _REACH words, inside the
    sentence): on it ("بالولايات المتحدة") or after a policy noun on it ("بسياسة الولايات المتحدة")."""
    if not any(f.startswith(_BA_VERBS) for f in candidates(tokens[trig.first].norm)):
        return None
    for k in range(trig.last + 1, min(len(tokens), trig.last + 1 + _REACH)):
        word = tokens[k].norm
        if word in (".", "؟", "!"):
            return None
        if not word.startswith("ب") or word in _ASIDES:
            continue
        state = _state_from(doc, tokens, k, 1)
        if state is None and POLICY_NOUNS.intersection(candidates(word[1:])) and k + 1 < len(tokens):
            state = _state_from(doc, tokens, k + 1, 0)
        return state
    return None
