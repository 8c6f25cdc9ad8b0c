"""The occupier of "قوات الاحتلال", "سلطات الاحتلال": a force or authority of "the occupation"
written without its nationality belongs to the state the article names as the occupier
elsewhere ("قوات الاحتلال الإسرائيلي" once, "سلطات الاحتلال" after it). Without the adjective
the nominal would take the event place's country — the occupied one's ("سلطات الاحتلال" in a
Palestinian report coded PSEGOV)."""
from __future__ import annotations

import re
from typing import Sequence

from rasd.stages.event_detect import candidates, key
from rasd.stages.event_nominals import DEMONYMS, demonym

_OCCUPATION = frozenset({key("الاحتلال"), key("والاحتلال")})
_OCCUPIER_NAMED = re.compile(r"الاحتلال\s+(\S+)")


def occupier_after(text: str, tokens: Sequence, end: int) -> str | None:
    """ISO3 of the occupier when the word right after a nominal ending at `end` is الاحتلال with
    no nationality after it, and the text names that occupation's nationality elsewhere (the
    first "الاحتلال <nisba>" that is one); None otherwise."""
    if "الاحتلال" not in text:  # (cheap gate: most articles never name an occupation)
        return None
    i = next((j for j, t in enumerate(tokens) if t.start >= end), None)
    if i is None or key(tokens[i].norm) not in _OCCUPATION:
        return None
    if i + 1 < len(tokens) and demonym(tokens[i + 1]) is not None:
        return None  # "سلطات الاحتلال الإسرائيلي": the nominal's own adjective codes it
    for m in _OCCUPIER_NAMED.finditer(text):
        w = candidates(key(m.group(1).strip("،,.\"«»")))[-1]
        w = w[:-1] if w.endswith("ه") else w
        if w in DEMONYMS:
            return DEMONYMS[w]
    return None
