"""Whose forces mobilize: "استنفار قوات النظام", "تعزيزات الجيش السوري". A mobilization noun's
genitive, right after it, is the party that mobilizes (its alert, its reinforcements), not the
one the troops are sent against."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_actors_clause import verb_like
from rasd.stages.event_candidates import PASSIVE_ROLES, Candidate, role_of
from rasd.stages.event_detect import Trigger

_ADJACENT = 1  # characters between two words of one construct (a space)


def own_forces(tokens: Sequence, trig: Trigger, actors: list[Candidate],
               targets: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """(actors, targets) with the armed party in construct after a mobilization noun as the
    actor, and the owner right after it ("قوات النظام": the regime's) kept out of the targets."""
    if trig.type != "MOBILIZE" or actors or not targets or verb_like(tokens, trig):
        return actors, targets
    first = min(targets, key=lambda c: c.span.start)
    if not 0 <= first.span.start - trig.end <= _ADJACENT or role_of(first) in PASSIVE_ROLES:
        return actors, targets
    chain = [first]
    for c in sorted(targets, key=lambda c: c.span.start):
        if c is not first and 0 <= c.span.start - chain[-1].span.end <= _ADJACENT:
            chain.append(c)
    return [first], [c for c in targets if c not in chain]
