"""Students who stage a protest: "أغلق الطلبة أبواب الكلية احتجاجا", "احتج طلاب المعهد" — a
nominal actor (SPEC: named or nominal), coded <ISO3>EDU. Kept out of the nominal table: there
"طلبة" (students) would also read "طلبه" (his request) and a students' council would become a
party of every act near it."""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.model.span import ArgSpan
from rasd.gazetteer.countries import CONTEXT_ISO3
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger
from rasd.stages.event_mentions import CLAUSE_BREAKS

# key forms (ة folded); the bare indefinite طلبه is left out (also "his request")
_STUDENTS = frozenset({"الطلبه", "الطلاب", "طلاب"})
_BEFORE_REACH = 8  # tokens from the students word to a protest noun after its verb
# words a genitive or a prepositional phrase follows: students after them are not the subject
_GOVERNING = frozenset({"في", "على", "علي", "من", "عن", "مع", "الى", "إلى", "ضد", "بين", "امام"})


def _students(norm: str) -> bool:
    return norm.replace("ة", "ه") in _STUDENTS or (norm[:1] in "وف" and norm[1:].replace("ة", "ه") in _STUDENTS)


def students_staging(doc: Document, tokens: Sequence, trig: Trigger, country: str | None) -> Candidate | None:
    """The students word right after the protest trigger ("احتج الطلبة"), or the subject of the
    verb before it in the same clause ("أغلق الطلبة جميع أبوابها احتجاجا", "نظم طلاب المعهد
    وقفة احتجاجية"); None when none is named."""
    k = trig.last + 1
    if k < len(tokens) and _students(tokens[k].norm):
        return _candidate(doc, tokens[k], country)
    for j in range(trig.first - 1, max(0, trig.first - _BEFORE_REACH) - 1, -1):
        tok = tokens[j]
        if tok.norm in CLAUSE_BREAKS:
            return None
        if _students(tok.norm):
            prev = tokens[j - 1].norm if j > 0 else ""
            if j == 0 or prev in CLAUSE_BREAKS or prev.startswith("ال") or prev in _GOVERNING:
                return None  # (no verb before it: a genitive, an object of a preposition)
            return _candidate(doc, tok, country)
    return None


def _candidate(doc: Document, tok, country: str | None) -> Candidate:
    start = tok.without_proclitics()[0]
    iso3 = CONTEXT_ISO3.get(country or "")
    return Candidate(ArgSpan(start, tok.end, doc.text[start:tok.end], None, iso3 + "EDU" if iso3 else None), False, "EDU")
