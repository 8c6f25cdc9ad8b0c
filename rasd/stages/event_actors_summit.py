"""Who met in a meeting noun told by its nationality adjectives: "القمة المصرية الروسية",
"المباحثات الأردنية - الفلسطينية" — the two states' governments (SPEC §2.1 <ISO3>GOV), the
parties a careful annotator writes; the speaker who tells of it is none."""
from __future__ import annotations

from typing import Sequence

from rasd.model.span import ArgSpan
from rasd.stages.event_actors_named import adjective_stem
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates, key
from rasd.stages.event_nominals import DEMONYMS

# meeting and accord nouns (key forms, without ال) whose nisba adjectives name the parties
_MEETING_NOUNS = frozenset({"قمه", "لقاء", "اجتماع", "اجتماعات", "محادثات", "مباحثات", "مفاوضات",
                            "مشاورات", "اتفاق", "اتفاقيه", "تعاون"})
# counts of parties that may stand between the noun and the adjectives ("القمة الثلاثية")
_HOW_MANY = frozenset({"ثنائيه", "ثلاثيه", "رباعيه"})


def summit_states(tokens: Sequence, trig: Trigger) -> list[Candidate]:
    """Two or more nationality adjectives (with ال, joined by و or a dash) right after a meeting
    noun of one word: their states, in order. Fewer than two is no such phrase ("القمة العربية",
    "المباحثات الأمريكية": one side, left to the other rules)."""
    if trig.type not in ("CONSULT", "AGREE", "COOPERATE") or trig.first != trig.last:
        return []
    if not _MEETING_NOUNS.intersection(key(f) for f in candidates(tokens[trig.first].norm)):
        return []
    out: list[Candidate] = []
    k = trig.last + 1
    while k < len(tokens):
        norm = tokens[k].norm
        if norm in ("-", "–") or (not out and adjective_stem(key(norm)) + "ه" in _HOW_MANY):
            k += 1
            continue
        word = norm[1:] if norm.startswith("وال") else norm
        iso = DEMONYMS.get(adjective_stem(key(word))) if word.startswith("ال") else None
        if not iso:
            break
        if all(c.span.code != iso + "GOV" for c in out):
            tok = tokens[k]
            start = tok.start + (1 if norm.startswith("وال") else 0)
            out.append(Candidate(ArgSpan(start, tok.end, tok.text[start - tok.start:], None, iso + "GOV"), True))
        k += 1
    return out if len(out) >= 2 else []
