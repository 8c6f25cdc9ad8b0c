"""The state of a decision adjective: "قرار روسي بطرد 23 دبلوماسيا", "القرار الأمريكي بفرض
عقوبات" — the nationality adjective on the noun of deciding or announcing, right before the
بـ + act it decides, names the government that does the act (decider_before takes the state
written as a name: "قررت الرياض طرد")."""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.stages.event_actors_named import adjective_stem
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_nominals import DEMONYMS

# nouns of deciding, announcing and taking a step (key forms, without ال)
_DECISIONS = frozenset({"قرار", "اعلان", "خطوه", "خطوات", "اجراء", "اجراءات"})


# words that may stand between the adjective and the act: "القرار البريطاني السابق بطرد"
_BETWEEN = frozenset({"السابق", "الاخير", "الجديد", "الاول"})
_REACH = 4  # tokens skipped between the adjective and the act (a comma, a day, a comma)


def decision_nation(doc: Document, tokens: Sequence, trig: Trigger) -> Candidate | None:
    """The state whose decision the act is, for an act noun behind بـ ("بطرد") after <decision
    noun> <nationality adjective> agreeing in definiteness, with only commas, a time ("قرار
    روسي، السبت، بطرد") or an adjective of order ("السابق") between; None otherwise."""
    f = trig.first
    if f < 2 or not tokens[f].norm.startswith("ب"):
        return None
    k = f - 1
    while k > 1 and f - k <= _REACH and _skipped(doc, tokens[k]):
        k -= 1
    adj, noun = tokens[k], tokens[k - 1]
    head = candidates(noun.norm)[-1]  # (the last reading has no و and no ال)
    head = head[2:] if head.startswith("ال") else head
    definite = "ال" + head in noun.norm
    if head not in _DECISIONS or definite != adj.norm.startswith("ال"):
        return None
    iso = DEMONYMS.get(adjective_stem(adj.norm))
    return Candidate(ArgSpan(adj.start, adj.end, adj.text, None, iso + "GOV"), True) if iso else None


def _skipped(doc: Document, tok) -> bool:
    if not any(ch.isalpha() for ch in tok.norm) or tok.norm.replace("ه", "") in _BETWEEN:
        return True
    return any(t.start <= tok.start < t.end for t in doc.times)
