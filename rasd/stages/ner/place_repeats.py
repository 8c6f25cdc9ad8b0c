"""A place the article names again after a place word, where the tagger did not see it (audit U54):
"في منطقة الملاحيظ" was found, "عن سوق الملاحيظ" was not. A LOC mention's exact text written again
right after a place descriptor or a market's or area's word (with its proclitic: "بمديرية") is a
mention of that place too. Not after جبهة (a front): the places stage reads a front's name as a
district ("جبهة صرواح"), and a first mention there would override the area's reading of the name."""
from __future__ import annotations

from rasd.model.span import Span

from .mentions import AREA_WORDS, PLACE_DESCRIPTORS, stem_norm
from .norm import norm

# words that put a place's name after them besides the descriptors: a market, an area's edge or
# entrance (none of them heads a name here: the name after it is the place's own)
_PLACE_WORDS = PLACE_DESCRIPTORS | AREA_WORDS | frozenset(
    norm(w) for w in "سوق أطراف اطراف مدخل محيط ضواحي ريف".split())


def _place_word(word: str) -> bool:
    w = stem_norm(word)
    return w in _PLACE_WORDS or (len(w) > 3 and w[0] in "وفبل" and w[1:] in _PLACE_WORDS)


def places_again(text: str, toks, spans: list) -> list:
    """New (Span, "LOC", None) items for the LOC names of `spans` written again after a place word."""
    names = {sp.text for sp, lab, _a in spans if lab == "LOC" and len(sp.text) >= 3}
    if not names:
        return []
    taken = [(sp.start, sp.end) for sp, _l, _a in spans]
    out = []
    heads = {n.split()[0] for n in names}  # (a cheap gate before the place-word check)
    for k in range(1, len(toks)):
        if toks[k].text not in heads or text[toks[k - 1].end:toks[k].start] != " " \
                or not _place_word(toks[k - 1].text):
            continue
        for name in names:
            end = toks[k].start + len(name)
            if not text.startswith(name, toks[k].start) or (
                    end < len(text) and (text[end].isalpha() or text[end] == "_")):
                continue  # (not this name, or the name inside a longer word)
            if not any(a < end and toks[k].start < b for a, b in taken):
                out.append((Span(toks[k].start, end, name), "LOC", None))
                taken.append((toks[k].start, end))
                break
    return out
