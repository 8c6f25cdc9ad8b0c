"""What the actor rules share: a candidate actor or target (a named mention or a nominal)
and the small word and distance helpers every rule module uses."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rasd.model.span import ArgSpan
from rasd.stages.event_detect import candidates, key


JOINED = re.compile(r"^ (?:[^\s،,.:؛;()«»\"]+ ){0,2}و$")  # ("مكافحة الشغب و": the actor's own words, then و)
PASSIVE_ROLES = ("CVL", "REF", "MED")  # nominal roles that are victims, never initiators
PREPOSITIONS = frozenset({"من", "في", "الي", "على", "علي", "عن", "مع", "بين", "ضد", "نحو", "لدى", "لدي"})
# that-words without a pronoun ("أنها/أنه" would name the speaker again: "أكدت القوات أنها بسطت")
PLAIN_THAT = frozenset({"ان", "إن", "أن", "بان", "بأن"})
COMMAS = frozenset({"،", ","})


@dataclass(frozen=True)
class Candidate:
    span: ArgSpan
    institutional: bool  # may direct a verbal act (a named or institutional political actor)
    role: str | None = None  # a nominal's role (events_actors.tsv), kept when no code is built


def word_forms_before(text: str, pos: int, n: int, stops: str = ".،,:؛;\n") -> list[tuple[str, ...]]:
    """The lookup forms (`candidates`, also without ال) of up to n words before `pos`, back to
    one of the `stops`."""
    cut = max(text.rfind(c, 0, pos) for c in stops)
    return [word_forms(w) for w in text[max(cut + 1, pos - 160):pos].split()[-n:]]


@lru_cache(maxsize=65_536)  # (the same words come back for every event of a sentence)
def word_forms(word: str) -> tuple[str, ...]:
    forms = candidates(key(word))
    return forms + tuple(f[2:] for f in forms if f.startswith("ال"))


def role_of(c: Candidate) -> str | None:
    """The role part of a candidate's code (MIL, GOV, REB …), or a nominal's table role."""
    return c.span.code[3:] if c.span.code else c.role


def same_one(a: Candidate, c: Candidate) -> bool:
    """One and the same actor ("في هجوم حمل بصمات جماعة بوكو حرام": the group does it; it is
    not also its own target)."""
    return a.span.start == c.span.start or (a.span.entity is not None and a.span.entity == c.span.entity)


def is_passive(c: Candidate) -> bool:
    return bool(c.span.code) and c.span.code[3:] in PASSIVE_ROLES and c.span.entity is None


def close_by(tokens: Sequence, a: int, b: int, n: int) -> bool:
    return sum(1 for t in tokens if a <= t.start and t.end <= b) <= n
