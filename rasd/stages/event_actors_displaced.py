"""The parties of a displacement: who fled, not whom they fled from."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import PASSIVE_ROLES, Candidate, role_of
from rasd.stages.event_detect import Trigger, find_triggers


def fled_from(tokens: Sequence, trig: Trigger, targets: list[Candidate]) -> list[Candidate]:
    """"فر آلاف المدنيين هربا من معارك … مع استمرار هجوم الجيش التركي", "نزوح السكان جراء
    الاشتباكات بين الجيش والمسلحين": a party named after an attack or battle that follows the
    flight is that act's doer or foe, the cause of the flight. People after it (civilians,
    refugees: "أدى ارتفاع التوترات إلى حركة السكان") may still be the ones who moved."""
    if trig.type != "DISPLACE" or not targets:
        return targets
    acts = [t for t in find_triggers(tokens) if t.type == "ASSAULT" and t.strength >= 2 and t.first > trig.last]
    if not acts:
        return targets
    cause = tokens[acts[0].first].start
    return [c for c in targets if c.span.start < cause or role_of(c) in PASSIVE_ROLES]


def described_flight(trig: Trigger, actors: list[Candidate], targets: list[Candidate]) -> list[Candidate]:
    """"ومنحت الحكومة الإقامة لنازحين هاربين من الحرب", "استقبلت السلطات مدنيين فارين من
    المعارك": a flight word right after the people it describes tells who fled; the subject of
    the outer verb (who grants them papers, who takes them in) did not drive them out. (The
    definite "اللاجئين الفارين" is a class of people and no flight: event_other_uses.)"""
    if trig.type != "DISPLACE" or not actors:
        return actors
    if any(0 <= trig.start - c.span.end <= 1 and role_of(c) in PASSIVE_ROLES for c in targets):
        return [a for a in actors if a.span.start > trig.start]
    return actors
