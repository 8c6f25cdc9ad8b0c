"""The two sides of an accord or talks named after بين: "اتفاق مصالحة بين الحكومة ومسلحي المعارضة"."""
from __future__ import annotations

from typing import Sequence

from rasd.stages.event_candidates import COMMAS, Candidate
from rasd.stages.event_detect import Trigger, candidates

_MUTUAL_TYPES = ("AGREE", "CONSULT")


def between_sides(tokens: Sequence, trig: Trigger, everywhere: list[Candidate]) -> list[Candidate]:
    """"شهدت توقيع اتفاق مصالحة بين الحكومة ومسلحي المعارضة", "محادثات بين الحكومة والمتمردين":
    the parties right after بين (at most two words after the trigger, no comma between) and after
    the و that follows (past one head word: "ومسلحي المعارضة") are the two sides that agreed or
    met; a subject elsewhere in the sentence ("الموالي لتنظيم داعش") is none. Empty when the
    phrase does not name both."""
    if trig.type not in _MUTUAL_TYPES:
        return []
    j = next((k for k in range(trig.last + 1, min(trig.last + 4, len(tokens)))
              if tokens[k].norm == "بين" or tokens[k].norm in COMMAS), None)
    if j is None or tokens[j].norm != "بين" or j + 1 >= len(tokens):
        return []
    first = _starting_in(tokens, j + 1, everywhere)
    if first is None:
        return []
    sides = [first]
    while len(sides) < 4:  # "اللقاء الثلاثي بين بوغدانوف ومحمد جواد ظريف ووليد المعلم"
        k = next((i for i in range(j + 1, len(tokens)) if tokens[i].start >= sides[-1].span.end), None)
        nxt = _joined(tokens, k, everywhere) if k is not None else None
        if nxt is None:
            break
        sides.append(nxt)
    return sides if len(sides) > 1 else []


def _joined(tokens: Sequence, k: int, cands: list[Candidate]) -> Candidate | None:
    """The party joined by the و on token k: its span starts right after the و ("والمعارضة"),
    or in the next word after a head word with و on it ("ومسلحي المعارضة"); "وزير" is no و."""
    tok = tokens[k]
    if not tok.norm.startswith("و"):
        return None
    own = next((c for c in cands if c.span.start == tok.start + 1), None)
    if own is not None:
        return own
    if k + 1 >= len(tokens) or not _conjoined(tok) or any(tok.start <= c.span.start < tok.end for c in cands):
        return None
    return _starting_in(tokens, k + 1, cands)


def _conjoined(token) -> bool:
    cands = candidates(token.norm)
    return len(cands) > 1 and cands[0][:1] == "و" and cands[1] == cands[0][1:]


def _starting_in(tokens: Sequence, i: int, cands: list[Candidate]) -> Candidate | None:
    return next((c for c in cands if tokens[i].start <= c.span.start < tokens[i].end), None)
