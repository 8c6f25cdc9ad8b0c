"""A family name the tagger leaves after a patronymic chain (audit U54): "المتحدث الرسمي … خالد بن
مساعد السهلي لـ "سبق"" was the person "خالد بن مساعد" and, apart, "السهلي" (named alone later in
the article: "وأكد السهلي"). A person mention that ends in بن/ابن/بنت + a name and is followed by a
word the article names as a person on its own — there or elsewhere — takes that word in: the
family name of the chain."""
from __future__ import annotations

import re

from rasd.model.span import Span

from .norm import norm_key

_SONS = frozenset(norm_key(w) for w in ("بن", "ابن", "بنت"))
_NEXT = re.compile(r" ([^\s\d\W]+)(?=[\s\W]|$)")


def family_after_patronym(text: str, spans: list) -> list:
    """`spans` ((Span, label, alias) items) with such person mentions run on over the family name."""
    # (as written, of four letters or more: the preposition على, which the tagger may read as
    # the name علي, is no family name)
    singles = {sp.text for sp, lab, _a in spans if lab == "PER" and " " not in sp.text.strip() and len(sp.text) >= 4}
    if not singles:
        return spans
    at = {sp.start: (sp, lab) for sp, lab, _a in spans}
    out, joined = [], set()
    for item in spans:
        sp, lab, alias = item
        words = sp.text.split()
        if lab == "PER" and len(words) >= 3 and norm_key(words[-2]) in _SONS:
            m = _NEXT.match(text, sp.end)
            there = at.get(m.start(1)) if m is not None else None
            if (m is not None and m.group(1) in singles
                    and (there is None or (there[1] == "PER" and there[0].end == m.end(1)))):
                item = (Span(sp.start, m.end(1), text[sp.start:m.end(1)]), lab, alias)
                joined.add(m.start(1))
        out.append(item)
    return [it for it in out if it[0].start not in joined] if joined else out
