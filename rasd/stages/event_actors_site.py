"""The site of an act named as a place: "ووصولهم إلى موقع الهجوم", "وصل المسعفون إلى مكان
الانفجار". The act is the genitive of a site noun, which is the goal of someone else's movement
or the object of another verb; the party of that outer clause (inspectors, medics) did not do
the act told by its site."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import Candidate
from rasd.stages.event_detect import Trigger, candidates

# site nouns before an act in construct (key forms: ة as ه, no ال: it is in construct)
SITE_NOUNS = frozenset({"موقع", "مكان", "مسرح", "ساحه"})


def site_of_act(tokens: Sequence, trig: Trigger) -> bool:
    """The trigger is the genitive of a site noun right before it ("موقع الهجوم", "لمكان التفجير")."""
    if trig.first == 0:
        return False
    return bool(SITE_NOUNS.intersection(candidates(tokens[trig.first - 1].norm)))


def outside_the_site(tokens: Sequence, trig: Trigger, actors: list[Candidate]) -> list[Candidate]:
    """The actors less those before the site noun, when the trigger is a site's genitive."""
    if not actors or not site_of_act(tokens, trig):
        return actors
    return [a for a in actors if a.span.start >= trig.start]
