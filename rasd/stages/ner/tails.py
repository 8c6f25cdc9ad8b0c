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


# "أن"/"إن" that the tagger leaves out as a particle is the letter N of a spelt name: "أن بي سي
# نيوز" (NBC News) was cut to بي سي نيوز
_LETTER_N = re.compile(r"(?:(?<=^)|(?<=[\s«\"“(]))[أإا]ن $")


def spelt_outlets(text: str, spans: list, known, is_nat) -> list:
    """An organisation named by spelt letters (its first two words of at most three letters)
    takes in the أن/إن before it when the letters are no name the lists know alone (`known`:
    "إن بي بي سي" is "that the BBC"), and leaves out a nationality adjective at its end
    (`is_nat`: "أن بي سي نيوز الأمريكية" → أن بي سي نيوز, SPEC 2.1)."""
    if " بي " not in text and " سي " not in text:
        return spans  # (every spelt outlet the news names has one of them)
    out = []
    for sp, lab, alias in spans:
        words = sp.text.split()
        if lab == "ORG" and len(words) >= 2 and _spelt(words[:2]):
            start, end = sp.start, sp.end
            if len(words) >= 3 and words[-1].startswith("ال") and is_nat(words[-1]):
                end = sp.end - len(words[-1]) - 1
            if _LETTER_N.search(text, max(0, start - 3), start) and not known(text[start:end]):
                start -= 3
            if (start, end) != (sp.start, sp.end):
                sp = Span(start, end, text[start:end])
        out.append((sp, lab, alias))
    return out
