"""Targets named by a preposition after a verbal act: "رفع الاتحاد الأوروبي شكوى ضد الولايات
المتحدة إلى منظمة التجارة العالمية" is a complaint against the United States; the body it is taken
to (إلى، لدى، أمام after a complaint noun) is where it is filed, no target; "لقاء X، وزير الخارجية،
مع المبعوث الأممي" is a meeting with the envoy (SPEC §2.6 targets)."""
from __future__ import annotations

from typing import Sequence

from rasd.model.document import Document
from rasd.stages.event_actors_named import state_at
from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates
from rasd.stages.event_filter_words import SENTENCE_MARKS
from rasd.stages.event_mentions import CLAUSE_BREAKS, THAT

AGAINST_REACH = 4  # words from the trigger's end to ضد ("شكوى رسمية عاجلة ضد")
_FORUM_REACH = 8  # words from the trigger's end to the forum's preposition
_TO_FORUM = frozenset({"الى", "الي", "لدى", "لدي", "امام"})
# complaint and lawsuit nouns (key forms), whose إلى-party is the forum
_COMPLAINTS = frozenset({"شكوي", "شكوى", "شكاوي", "شكاوى", "دعوي", "دعوى", "دعاوي", "دعاوى"})


def _party_at(doc: Document, tokens: Sequence, k: int, cands: list[Candidate]) -> Candidate | None:
    """The candidate that starts in token k (a ل/ب on it allowed), else the state named there."""
    tok = tokens[k]
    found = next((c for c in cands if tok.start <= c.span.start < tok.end), None)
    return found or state_at(doc, tok, tokens[min(len(tokens) - 1, k + 3)].end)


def against(doc: Document, tokens: Sequence, trig: Trigger, cands: list[Candidate]) -> Candidate | None:
    """The party right after ضد up to AGAINST_REACH words after a verbal act, inside its clause."""
    if "ضد" not in doc.text[tokens[trig.last].end:tokens[min(len(tokens) - 1, trig.last + AGAINST_REACH + 1)].end]:
        return None  # (cheap gate: no ضد in reach)
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + 1 + AGAINST_REACH)):
        norm = tokens[k].norm
        if norm in CLAUSE_BREAKS:
            return None
        if norm.lstrip("و") == "ضد":
            return _party_at(doc, tokens, k + 1, cands)
    return None


def forums(doc: Document, tokens: Sequence, trig: Trigger, cands: list[Candidate]) -> list[Candidate]:
    """"شكوى ضد إسرائيل إلى مجلس الأمن", "دعوى أمام المحكمة": after a complaint noun, the party
    right after إلى/لدى/أمام is where it is taken."""
    if not any(_COMPLAINTS.intersection(candidates(t.norm)) for t in tokens[trig.first:trig.last + 1]):
        return []
    out = []
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + 1 + _FORUM_REACH)):
        norm = tokens[k].norm
        if norm in CLAUSE_BREAKS:
            break
        if norm.lstrip("و") in _TO_FORUM:
            party = _party_at(doc, tokens, k + 1, cands)
            if party is not None:
                out.append(party)
    return out


_WITH_REACH = 12  # words from a meeting's trigger to its مع, an apposed title between


def met_with(doc: Document, tokens: Sequence, trig: Trigger, cands: list[Candidate]) -> Candidate | None:
    """The party right after the first مع within _WITH_REACH words after a meeting trigger, across
    a comma aside that names the one who meets ("لقاء الشيخ عبد الله بن زايد، وزير الخارجية، مع
    المبعوث الأممي"): whom he met."""
    if trig.type != "CONSULT":
        return None
    for k in range(trig.last + 1, min(len(tokens) - 1, trig.last + 1 + _WITH_REACH)):
        norm = tokens[k].norm
        if norm in SENTENCE_MARKS or norm in THAT:  # (the sentence or the reported clause ends)
            return None
        if norm.lstrip("و") == "مع":
            return _party_at(doc, tokens, k + 1, cands)
    return None


# roles of ordinary people (nominals of the role table): a protest is never staged against them
_PEOPLE = frozenset({"CVL", "REF"})


def protest_people(trig: Trigger, actors: list[Candidate], targets: list[Candidate]
                   ) -> tuple[list[Candidate], list[Candidate]]:
    """People nominals (مواطنين، سكان، أطفال، نازحين) are no protest's target: "احتجاجات ضد رفع
    الأسعار وفرض ضريبة جديدة على المواطنين" is not against the citizens, who are in the grievance;
    "وكان المئات من المواطنين نظموا تظاهرة" — with no actor, the people before the trigger stage it."""
    people = [t for t in targets if t.span.entity is None and t.role in _PEOPLE]
    if not people:
        return actors, targets
    if not actors:
        before = [p for p in people if p.span.end <= trig.start]
        actors = before[-1:]
    return actors, [t for t in targets if t not in people]


# words of going along with someone (key forms, و/ب on them allowed): who follows accompanies the
# actor — "زار المستشفى يرافقه مدير الشؤون الصحية الدكتور X" visits with X, not X
_ALONG = ("يرافق", "ترافق", "رافق", "برفق", "بمرافق", "رفق")
_ALONG_REACH = 8  # words from the companion word to the named person (his title between)


def companions(doc: Document, tokens: Sequence, trig: Trigger, targets: list[Candidate]) -> list[Candidate]:
    """The targets named within _ALONG_REACH words after a word of accompanying that follows the
    trigger, with no clause break between: the actor's companions, no targets."""
    out = []
    # "ويرافق الوزير خلال هذه الزيارة … وفد يضم X": the verb of accompanying before the trigger
    # governs what follows it in the clause, all the visitor's company
    opened = _along_before(tokens, trig)
    for c in targets:
        if c.span.start < trig.end:
            continue
        if opened and not any(t.norm in CLAUSE_BREAKS for t in tokens[trig.last + 1:] if t.end <= c.span.start):
            out.append(c)
            continue
        before = [t for t in tokens[trig.last + 1:] if t.end <= c.span.start][-_ALONG_REACH:]
        for t in reversed(before):
            if t.norm in CLAUSE_BREAKS:
                break
            if any(f.lstrip("و").startswith(_ALONG) for f in candidates(t.norm)):
                out.append(c)
                break
    return out


def _along_before(tokens: Sequence, trig: Trigger) -> bool:
    """A word of accompanying up to _ALONG_REACH words before the trigger, no clause break between."""
    for t in reversed(tokens[max(0, trig.first - _ALONG_REACH):trig.first]):
        if t.norm in CLAUSE_BREAKS:
            return False
        if any(f.lstrip("و").startswith(_ALONG) for f in candidates(t.norm)):
            return True
    return False
