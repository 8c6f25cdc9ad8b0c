"""Words at a mention's edge that the tagger leaves out or takes in (audit U56).

Each rule reads the spans the stage has built (``(Span, label, alias)`` triples) and the
article's text or tokens, and gives the spans back with the edge moved; each is gated on a
cheap check before it looks further.
"""
from __future__ import annotations

import re

from rasd.model.span import Span

from .norm import norm_key

# The language word of an outlet's Arabic service, part of its name: "سكاي نيوز عربية",
# "بي بي سي عربي" (news-dev names the two services so twenty times; the stage cut them to
# سكاي نيوز and بي بي سي).
_SERVICE = re.compile(r" (?:ال)?عربي[ةه]?(?![\w\u0600-\u06ff])")
_NEWS = norm_key("نيوز")


def _spelt(words: list[str]) -> bool:
    """Spelt Latin letters ("بي بي سي", "سي إن إن"): two or more words of at most three letters."""
    return len(words) >= 2 and all(len(w) <= 3 for w in words)


def outlet_services(text: str, spans: list) -> list:
    """An outlet's mention (its last word نيوز, or spelt letters) right before عربية/عربي
    takes the word in: "وذكرت سكاي نيوز عربية" → سكاي نيوز عربية, as the outlet names itself."""
    if "عربي" not in text:
        return spans
    out = []
    for sp, lab, alias in spans:
        if lab == "ORG":
            words = sp.text.split()
            if words and (norm_key(words[-1]) == _NEWS or _spelt(words)):
                m = _SERVICE.match(text, sp.end)
                if m:  # (the outlet's own name stays the alias the actor look-up reads)
                    sp, alias = Span(sp.start, m.end(), text[sp.start:m.end()]), alias or sp.text
        out.append((sp, lab, alias))
    return out
